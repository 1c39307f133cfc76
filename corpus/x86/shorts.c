#include <stdio.h>
#include <stdint.h>
int main(void) {
    int16_t a = 30000, b = 20000;
    int16_t c = (int16_t)(a + b);
    uint16_t u = 65000; uint16_t v = (uint16_t)(u + 1000);
    int8_t s8 = -128; uint8_t u8 = 200;
    printf("%d %u %d %d\n", c, v, (int8_t)(s8 - 1), (uint8_t)(u8 * 2));
    int16_t arr[8] = {-3, 7, -32768, 32767, 0, 1, -1, 100};
    int32_t sum = 0; int16_t mx = -32768;
    for (int i = 0; i < 8; i++) { sum += arr[i]; if (arr[i] > mx) mx = arr[i]; }
    printf("%d %d\n", sum, mx);
    uint32_t x = 0xdeadbeef;
    printf("%u %u %u\n", x / 10, x % 1000, (uint32_t)(x * 2654435761u));
    int64_t big = -9000000000000000000LL;
    printf("%lld %lld\n", big / 7, big % 7);
    uint64_t ub = 18000000000000000000ULL;
    printf("%llu %llu\n", ub / 3, ub % 1000000007ULL);
    return 0;
}
