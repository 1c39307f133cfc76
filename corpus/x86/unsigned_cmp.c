#include <stdio.h>
int main(void) {
    unsigned a = 1, b = 0xffffffffu;
    int x = -1, y = 1;
    printf("%d %d %d %d\n", a < b, x < y, (unsigned)x > (unsigned)y, (long)x < (long)b);
    unsigned long ua = 5, ub = (unsigned long)-5;
    printf("%d %d %lu\n", ua < ub, (long)ua < (long)ub, ub - ua);
    int cnt = 0;
    for (unsigned i = 10; i < 100; i -= 1) cnt++;
    printf("%d\n", cnt);
    signed char sc = -1; unsigned char uc = 255;
    printf("%d %d %d\n", sc == uc, (unsigned char)sc == uc, sc < uc);
    long m = -5; unsigned long n = 3;
    printf("%lu %ld\n", m / n, m / (long)n);
    return 0;
}
