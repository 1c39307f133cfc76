#include <stdio.h>
#include <stdarg.h>
static long sum(int n, ...) { va_list ap; va_start(ap, n); long s = 0; for (int i = 0; i < n; i++) s += va_arg(ap, int); va_end(ap); return s; }
static double dsum(int n, ...) { va_list ap; va_start(ap, n); double s = 0; for (int i = 0; i < n; i++) s += va_arg(ap, double); va_end(ap); return s; }
static void logf_(const char *fmt, ...) { va_list ap; va_start(ap, fmt); printf("log: "); vprintf(fmt, ap); va_end(ap); }
int main(void) {
    printf("%ld\n", sum(10, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
    printf("%.2f\n", dsum(9, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.5));
    logf_("%s=%d, %s=%.1f\n", "a", 1, "b", 2.5);
    printf("%d %d %d %d %d %d %d %d %s\n", 1, 2, 3, 4, 5, 6, 7, 8, "many args");
    return 0;
}
