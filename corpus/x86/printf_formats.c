#include <stdio.h>
int main(void) {
    printf("[%d] [%5d] [%-5d] [%05d] [%+d] [% d]\n", 42, 42, 42, 42, 42, 42);
    printf("[%u] [%x] [%X] [%#x] [%o] [%#o]\n", 3000000000u, 255, 255, 255, 8, 8);
    printf("[%ld] [%lld] [%lu] [%lx]\n", -1234567890123L, 9223372036854775807LL, 18446744073709551615UL, 0xdeadbeefcafeUL);
    printf("[%s] [%10s] [%-10s] [%.3s] [%c] [%%]\n", "str", "right", "left", "truncate", 'Z');
    printf("[%f] [%.2f] [%10.3f] [%-10.1f] [%+.0f]\n", 3.14159265, 2.71828, -1.5, 0.25, 99.5);
    printf("[%e] [%.2e] [%E] [%g] [%g] [%g] [%G]\n", 12345.678, 0.000123, 1e-10, 100000.0, 1000000.0, 0.0001, 1e-5);
    printf("[%5.1g] [%#g] [%.0e] [%.15g]\n", 123.0, 1.0, 5e10, 0.1);
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%d-%s", 7, "seven");
    printf("%s %d\n", buf, n);
    printf("[%*d] [%.*f]\n", 6, 12, 2, 1.23456);
    return 0;
}
