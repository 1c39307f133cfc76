#include <stdio.h>
#include <math.h>
/* Gaussian elimination with partial pivoting, determinant, inverse check and LU-free solve */
#define N 6
static double a[N][N], inv[N][N], b[N], x[N];
static double det_and_solve(double m[N][N], double *rhs, double *out) {
    double t[N][N + 1]; double det = 1;
    for (int i = 0; i < N; i++) { for (int j = 0; j < N; j++) t[i][j] = m[i][j]; t[i][N] = rhs[i]; }
    for (int c = 0; c < N; c++) {
        int piv = c;
        for (int r = c + 1; r < N; r++) if (fabs(t[r][c]) > fabs(t[piv][c])) piv = r;
        if (piv != c) { for (int j = 0; j <= N; j++) { double s = t[c][j]; t[c][j] = t[piv][j]; t[piv][j] = s; } det = -det; }
        det *= t[c][c];
        for (int r = c + 1; r < N; r++) { double f = t[r][c] / t[c][c]; for (int j = c; j <= N; j++) t[r][j] -= f * t[c][j]; }
    }
    for (int r = N - 1; r >= 0; r--) { double s = t[r][N]; for (int j = r + 1; j < N; j++) s -= t[r][j] * out[j]; out[r] = s / t[r][r]; }
    return det;
}
int main(void) {
    for (int i = 0; i < N; i++) { for (int j = 0; j < N; j++) a[i][j] = 1.0 / (i + j + 1) + (i == j ? 2.0 : 0.0); b[i] = i + 1; }
    double det = det_and_solve(a, b, x);
    printf("det %.12e\n", det);
    for (int i = 0; i < N; i++) printf("x%d = %.12f\n", i, x[i]);
    for (int k = 0; k < N; k++) { double e[N] = {0}, col[N]; e[k] = 1; det_and_solve(a, e, col); for (int i = 0; i < N; i++) inv[i][k] = col[i]; }
    double err = 0;
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { double s = 0; for (int k = 0; k < N; k++) s += a[i][k] * inv[k][j]; err += fabs(s - (i == j)); }
    printf("inverse error small: %d\n", err < 1e-12);
    double tr = 0; for (int i = 0; i < N; i++) tr += inv[i][i];
    printf("trace of inverse %.10f\n", tr);
    return 0;
}
