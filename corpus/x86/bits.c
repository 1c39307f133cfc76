#include <stdio.h>
int main(void) {
    unsigned vals[] = {1, 0x80000000u, 0x12345678u, 0xffffffffu, 96, 7};
    for (int i = 0; i < 6; i++) {
        unsigned v = vals[i];
        printf("%d %d %d ", __builtin_popcount(v), __builtin_clz(v), __builtin_ctz(v));
        printf("%08x %08x\n", __builtin_bswap32(v), (v << 7) | (v >> 25));
    }
    unsigned long long w = 0x0123456789abcdefULL;
    printf("%d %d %d %016llx\n", __builtin_popcountll(w), __builtin_clzll(w), __builtin_ctzll(w), __builtin_bswap64(w));
    unsigned char b = 0xb4;
    printf("%d %d\n", (unsigned char)(b << 3 | b >> 5), (signed char)b >> 2);
    unsigned long long bitset = 0;
    for (int i = 0; i < 64; i += 7) bitset |= 1ULL << i;
    int c = 0;
    for (int i = 0; i < 64; i++) if (bitset & (1ULL << i)) c++;
    printf("%d %llx\n", c, bitset);
    return 0;
}
