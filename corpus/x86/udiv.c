#include <stdio.h>
#include <stdint.h>
/* unsigned and signed division and remainder by constants and variables at every width */
static volatile uint64_t divisors[] = {1, 2, 3, 7, 10, 255, 1000, 65537, 0xFFFFFFFFull, 0x100000001ull, 0x8000000000000000ull, 0xFFFFFFFFFFFFFFFFull};
int main(void) {
    uint64_t acc = 0;
    uint64_t x = 0xDEADBEEFCAFEBABEull;
    for (unsigned i = 0; i < sizeof divisors / sizeof divisors[0]; i++) {
        uint64_t d = divisors[i];
        uint64_t q = x / d, r = x % d;
        uint32_t q32 = (uint32_t)x / (uint32_t)(d | 1), r32 = (uint32_t)x % (uint32_t)(d | 1);
        int64_t sq = (int64_t)x / (int64_t)(d | 1);
        int64_t sr = (int64_t)x % (int64_t)(d | 1);
        printf("%llu: %llu %llu %u %u %lld %lld\n", (unsigned long long)d, (unsigned long long)q, (unsigned long long)r, q32, r32, (long long)sq, (long long)sr);
        acc += q ^ r;
    }
    uint32_t u = 4000000000u;
    printf("%u %u %u %u %u %u\n", u / 3, u % 3, u / 7, u % 10, u / 1000, u % 65536);
    int32_t s = -2000000001;
    printf("%d %d %d %d %d %d %d %d\n", s / 2, s % 2, s / 4, s % 8, s / 3, s % 3, s / -7, s % -7);
    uint16_t h = 65000; uint8_t b = 250;
    printf("%u %u %u %u\n", h / 13, h % 13, b / 7, b % 7);
    int64_t l = -9000000000000000001ll;
    printf("%lld %lld %lld %lld\n", (long long)(l / 10), (long long)(l % 10), (long long)(l / 1024), (long long)(l % 1024));
    for (uint64_t v = 1; v < 1000000; v = v * 3 + 1) acc += (v * 0x9E3779B97F4A7C15ull) / (v + 17) + v % 11;
    printf("acc %llu\n", (unsigned long long)acc);
    unsigned digits = 0; for (uint64_t v = 18446744073709551615ull; v; v /= 10) digits++;
    printf("digits %u\n", digits);
    return 0;
}
