#include <stdio.h>
/* saxpy and daxpy loops over float and double arrays (vectorised at -O3) */
#define N 1003
float xf[N], yf[N];
double xd[N], yd[N];
static void saxpy(int n, float a, const float *restrict x, float *restrict y) { for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i]; }
static void daxpy(int n, double a, const double *restrict x, double *restrict y) { for (int i = 0; i < n; i++) y[i] = a * x[i] + y[i]; }
static void scale_add(int n, float *v, float s, float t) { for (int i = 0; i < n; i++) v[i] = v[i] * s - t; }
static double dsum(int n, const double *v) { double s = 0; for (int i = 0; i < n; i++) s += v[i]; return s; }
static float fsum(int n, const float *v) { float s = 0; for (int i = 0; i < n; i++) s += v[i]; return s; }
int main(void) {
    for (int i = 0; i < N; i++) { xf[i] = (float)i * 0.25f; yf[i] = (float)(N - i); xd[i] = i / 3.0; yd[i] = i * 1.5; }
    for (int k = 0; k < 10; k++) { saxpy(N, 0.5f, xf, yf); daxpy(N, -0.25, xd, yd); }
    scale_add(N, yf, 1.125f, 2.0f);
    printf("%.6f %.6f\n", fsum(N, yf), dsum(N, yd));
    printf("%.9g %.17g %.9g %.17g\n", yf[0], yd[1], yf[N - 1], yd[N - 2]);
    for (int i = 0; i < N; i++) yd[i] = yd[i] / (xd[i] + 1.0);
    printf("%.17g\n", dsum(N, yd));
    return 0;
}
