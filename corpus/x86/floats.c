#include <stdio.h>
static double poly(double x) { return ((2.5 * x - 1.25) * x + 0.5) * x - 3.0; }
static float favg(const float *v, int n) { float s = 0; for (int i = 0; i < n; i++) s += v[i]; return s / n; }
static double newton_sqrt(double a) { double x = a; for (int i = 0; i < 30; i++) x = 0.5 * (x + a / x); return x; }
int main(void) {
    printf("%f %f\n", poly(1.5), poly(-2.0));
    float v[4] = {1.5f, 2.25f, -0.75f, 10.0f};
    printf("%f\n", favg(v, 4));
    printf("%.10f\n", newton_sqrt(2.0));
    double d = 1e300;
    printf("%g %g %e\n", d * 10, -d * d, 1.0 / 3.0);
    int i = (int)3.99, j = (int)-3.99;
    long l = (long)1e15;
    printf("%d %d %ld\n", i, j, l);
    printf("%f %f\n", (double)123456789, (double)(1LL << 53));
    unsigned u = 3000000000u;
    printf("%.1f %u\n", (double)u, (unsigned)2.5e9);
    double a = 0.1, b = 0.2;
    printf("%d %d %d\n", a + b == 0.3, a < b, a > b);
    printf("%.3f %.3f\n", a > b ? a : b, a < b ? a : b);
    float f = 1.0f / 3.0f;
    printf("%.9f %g\n", f, (double)f);
    return 0;
}
