#include <stdio.h>
int main(void) {
    const long n = 20000000;
    double h = 1.0 / n, s = 0;
    for (long i = 0; i < n; i++) { double x = (i + 0.5) * h; s += 4.0 / (1.0 + x * x); }
    printf("%.15f\n", s * h);
    return 0;
}
