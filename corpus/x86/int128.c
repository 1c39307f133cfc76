#include <stdio.h>
#include <stdint.h>
/* 128-bit multiply and modular arithmetic with unsigned __int128 */
typedef unsigned __int128 u128;
static uint64_t mulmod(uint64_t a, uint64_t b, uint64_t m) { return (uint64_t)((u128)a * b % m); }
static uint64_t powmod(uint64_t b, uint64_t e, uint64_t m) {
    uint64_t r = 1 % m;
    b %= m;
    while (e) { if (e & 1) r = mulmod(r, b, m); b = mulmod(b, b, m); e >>= 1; }
    return r;
}
static int is_prime(uint64_t n) {
    if (n < 2) return 0;
    static const uint64_t bases[] = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
    for (int i = 0; i < 12; i++) if (n % bases[i] == 0) return n == bases[i];
    uint64_t d = n - 1; int s = 0;
    while (!(d & 1)) { d >>= 1; s++; }
    for (int i = 0; i < 12; i++) {
        uint64_t x = powmod(bases[i], d, n);
        if (x == 1 || x == n - 1) continue;
        int ok = 0;
        for (int r = 1; r < s; r++) { x = mulmod(x, x, n); if (x == n - 1) { ok = 1; break; } }
        if (!ok) return 0;
    }
    return 1;
}
static void print_u128(u128 v) {
    char buf[48]; int i = 47; buf[i] = 0;
    do { buf[--i] = (char)('0' + (int)(v % 10)); v /= 10; } while (v);
    printf("%s\n", buf + i);
}
int main(void) {
    uint64_t a = 0xFFFFFFFFFFFFFFC5ull, b = 0x123456789ABCDEFull;
    u128 p = (u128)a * b;
    printf("hi=%016llx lo=%016llx\n", (unsigned long long)(p >> 64), (unsigned long long)p);
    __int128 s = (__int128)(int64_t)-123456789012345ll * 987654321098ll;
    printf("signed hi=%lld lo=%llu\n", (long long)(s >> 64), (unsigned long long)s);
    print_u128(p);
    print_u128((u128)1 << 127);
    u128 f = 1;
    for (int i = 1; i <= 34; i++) f *= i;
    print_u128(f);
    int count = 0; uint64_t last = 0;
    for (uint64_t n = 0xFFFFFFFFFFFFFF00ull; n != 0; n++) if (is_prime(n)) { count++; last = n; }
    printf("primes near 2^64: %d, last %llu\n", count, (unsigned long long)last);
    printf("powmod=%llu\n", (unsigned long long)powmod(3, 1000000007ull, 0xFFFFFFFFFFFFFFC5ull));
    u128 q = p / 1000000007u, r = p % 1000000007u;
    print_u128(q); print_u128(r);
    return count;
}
