#include <stdio.h>
#include <stdint.h>
/* popcount, bswap, clz/ctz, parity and rotates over a pseudo-random sequence */
static uint64_t state = 0x9E3779B97F4A7C15ull;
static uint64_t next(void) { state ^= state << 13; state ^= state >> 7; state ^= state << 17; return state; }
static unsigned rotl32(unsigned x, int r) { return (x << r) | (x >> ((32 - r) & 31)); }
static uint64_t rotr64(uint64_t x, int r) { return (x >> r) | (x << ((64 - r) & 63)); }
static int ilog2(uint64_t x) { return x ? 63 - __builtin_clzll(x) : -1; }
static uint32_t rev_bits(uint32_t x) {
    x = ((x >> 1) & 0x55555555u) | ((x & 0x55555555u) << 1);
    x = ((x >> 2) & 0x33333333u) | ((x & 0x33333333u) << 2);
    x = ((x >> 4) & 0x0F0F0F0Fu) | ((x & 0x0F0F0F0Fu) << 4);
    return __builtin_bswap32(x);
}
int main(void) {
    uint64_t acc = 0;
    int pops = 0, clzs = 0, ctzs = 0, par = 0;
    for (int i = 0; i < 2000; i++) {
        uint64_t v = next();
        unsigned w = (unsigned)v;
        pops += __builtin_popcountll(v) + __builtin_popcount(w);
        if (v) { clzs += __builtin_clzll(v); ctzs += __builtin_ctzll(v); }
        if (w) clzs += __builtin_clz(w) + __builtin_ctz(w);
        par += __builtin_parityll(v);
        acc += __builtin_bswap64(v) ^ rotr64(v, i & 63) ^ rotl32(w, i & 31);
        acc ^= rev_bits(w);
        acc += (uint16_t)__builtin_bswap16((uint16_t)v);
    }
    printf("pop=%d clz=%d ctz=%d parity=%d acc=%016llx\n", pops, clzs, ctzs, par, (unsigned long long)acc);
    for (uint64_t x = 1; x; x <<= 7) printf("%d ", ilog2(x));
    printf("%d\n", ilog2(0));
    int ffs_sum = 0;
    for (int i = -50; i < 50; i++) ffs_sum += __builtin_ffs(i * 12) + __builtin_clrsb(i);
    printf("ffs+clrsb=%d\n", ffs_sum);
    unsigned x = 0xF0F0u; int n = 0;
    while (x) { x &= x - 1; n++; }
    printf("kernighan=%d lowest=%u\n", n, 0xF0F0u & -0xF0F0u);
    return pops & 0x7f;
}
