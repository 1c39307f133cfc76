#include <stdio.h>
#include <stdint.h>
/* signed/unsigned conversions between integers of every width and float/double */
static volatile double dvals[] = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 1e9, -1e9, 4294967295.0, 4294967296.5, 9.2e18, 1.8e19, -3.7, 123456789.987, 0.999999};
static volatile float fvals[] = {0.0f, 0.25f, -0.75f, 3.5f, -2.5f, 16777217.0f, 4.0e9f, 1.0e19f, -100.5f, 65535.9f};
static volatile int64_t ivals[] = {0, 1, -1, 127, 128, 255, 256, -129, 32767, 65535, -32769, 2147483647, -2147483648LL, 4294967295LL, 9007199254740993LL, INT64_MAX, INT64_MIN + 1};
static volatile uint64_t uvals[] = {0, 1, 0x7FFFFFFFFFFFFFFFull, 0x8000000000000000ull, 0x8000000000000001ull, 0xFFFFFFFFFFFFFFFFull, 0xFFFFFFFFull, 0x1FFFFFFFFFFFFFull, 0x20000000000001ull, 12345678901234567890ull};
int main(void) {
    for (unsigned i = 0; i < sizeof dvals / sizeof dvals[0]; i++) {
        double d = dvals[i];
        long l = d < 9.3e18 && d > -9.3e18 ? (long)d : 0;
        unsigned long ul = d >= 0 && d < 1.8e19 ? (unsigned long)d : 0;
        unsigned u = d >= 0 && d < 4294967296.0 ? (unsigned)d : 0;
        int n = d > -2147483648.0 && d < 2147483648.0 ? (int)d : 0;
        printf("%g -> %ld %lu %u %d %d %u %.9g\n", d, l, ul, u, n, (short)n, (unsigned char)n, (float)d);
    }
    for (unsigned i = 0; i < sizeof fvals / sizeof fvals[0]; i++) {
        float f = fvals[i];
        long l = f < 9.2e18f && f > -9.2e18f ? (long)f : 0;
        unsigned long ul = f >= 0 && f < 1.8e19f ? (unsigned long)f : 0;
        unsigned u = f >= 0 && f < 4294967296.0f ? (unsigned)f : 0;
        printf("%g -> %ld %lu %u %.17g\n", f, l, ul, u, (double)f);
    }
    for (unsigned i = 0; i < sizeof ivals / sizeof ivals[0]; i++) {
        int64_t v = ivals[i];
        printf("%lld -> %d %u %d %u %d %u %.17g %.9g %.17g\n", (long long)v, (int)v, (unsigned)v, (short)v, (unsigned short)v, (signed char)v, (unsigned char)v, (double)v, (float)v, (double)(int)v);
    }
    for (unsigned i = 0; i < sizeof uvals / sizeof uvals[0]; i++) {
        uint64_t v = uvals[i];
        printf("%llu -> %.17g %.9g %.17g %.9g\n", (unsigned long long)v, (double)v, (float)v, (double)(uint32_t)v, (float)(uint32_t)v);
    }
    int neg = -7; unsigned big = 3000000000u;
    printf("%d %d %ld %lu %d\n", neg / 2, neg % 2, (long)big, (unsigned long)neg, (int)big);
    printf("%d %d\n", (unsigned)neg > 5u, neg > 5);
    return 0;
}
