#include <stdio.h>
static long gcd(long a, long b) { while (b) { long t = a % b; a = b; b = t; } return a; }
static unsigned long long isqrt(unsigned long long n) { unsigned long long r = 0; while ((r + 1) * (r + 1) <= n) r++; return r; }
int main(void) {
    int a = 123456789, b = -9876;
    printf("%d %d %d %d\n", a + b, a - b, a * b, a / b);
    printf("%d %d\n", a % b, -a % 7);
    unsigned u = 4000000000u;
    printf("%u %u %u\n", u / 3, u % 7, u >> 5);
    long long x = 1234567890123LL;
    printf("%lld %lld %lld\n", x * 3, x / -17, x % 1000);
    printf("%ld\n", gcd(1071, 462));
    printf("%llu\n", isqrt(1000000007ULL));
    unsigned long long big = 0xfedcba9876543210ULL;
    printf("%llx %llx %llu\n", big >> 3, big * 0x10001ULL, big / 1000003ULL);
    short s = -1234; signed char c = -5; unsigned char uc = 250;
    printf("%d %d %d %d\n", s * 3, c * c, uc + 10, (unsigned char)(uc + 10));
    int sh = -100;
    printf("%d %u %d\n", sh >> 3, (unsigned)sh >> 28, sh << 4);
    long m = -7;
    printf("%ld %ld %ld\n", m / 2, m % 2, m * m * m);
    return 0;
}
