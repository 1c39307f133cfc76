#include <stdio.h>
#include <stdarg.h>
#include <string.h>
/* varargs: mixed integer/double arguments, va_copy, forwarding va_list, many stack-passed values */
static double mixed(const char *types, ...) {
    va_list ap; va_start(ap, types); double s = 0;
    for (const char *t = types; *t; t++) {
        switch (*t) {
        case 'i': s += va_arg(ap, int); break;
        case 'l': s += (double)va_arg(ap, long); break;
        case 'd': s += va_arg(ap, double); break;
        case 's': s += (double)strlen(va_arg(ap, const char *)); break;
        case 'c': s += (char)va_arg(ap, int); break;
        }
    }
    va_end(ap); return s;
}
static int count_twice(int n, ...) {
    va_list ap, ap2; va_start(ap, n); va_copy(ap2, ap);
    int a = 0, b = 0;
    for (int i = 0; i < n; i++) a += va_arg(ap, int);
    for (int i = 0; i < n; i++) b += va_arg(ap2, int) * i;
    va_end(ap2); va_end(ap); return a * 1000 + b;
}
static int my_format(char *out, size_t size, const char *fmt, ...) {
    va_list ap; va_start(ap, fmt); int n = vsnprintf(out, size, fmt, ap); va_end(ap); return n;
}
static long maxof(int n, ...) { va_list ap; va_start(ap, n); long m = va_arg(ap, long); for (int i = 1; i < n; i++) { long v = va_arg(ap, long); if (v > m) m = v; } va_end(ap); return m; }
int main(void) {
    printf("%.3f\n", mixed("idlsc", 5, 2.25, 1000000000000L, "hello", 'A'));
    printf("%.3f\n", mixed("dddddddddddii", 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.5, 12, 13));
    printf("%d\n", count_twice(12, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    char buf[64];
    int n = my_format(buf, sizeof buf, "%s-%05d-%.2f-%c-%lx", "id", 42, 3.14159, 'z', 0xabcdefL);
    printf("%d [%s]\n", n, buf);
    n = my_format(buf, 10, "%s", "this text is longer than ten");
    printf("%d [%s]\n", n, buf);
    printf("%ld\n", maxof(9, -5L, 3L, 99L, -1000L, 98L, 7L, 100L, 2L, -3L));
    printf("%d %s %d %s %d %s %.1f %c %ld %u %x %.2e\n", 1, "a", 2, "b", 3, "c", 4.5, 'd', 5L, 6u, 255, 12345.0);
    return 0;
}
