#include <stdio.h>
#include <stdlib.h>
static double **alloc(int n) { double **m = malloc(n * sizeof *m); for (int i = 0; i < n; i++) m[i] = calloc(n, sizeof **m); return m; }
int main(void) {
    int n = 30;
    double **a = alloc(n), **b = alloc(n);
    for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) a[i][j] = (i * 7 + j * 3) % 11 - 5;
    for (int k = 0; k < 5; k++) for (int i = 0; i < n; i++) for (int j = 0; j < n; j++) b[i][j] = b[i][j] * 0.5 + a[j][i];
    double s = 0;
    for (int i = 0; i < n; i++) s += b[i][i] - b[i][n - 1 - i];
    printf("%.6f\n", s);
    for (int i = 0; i < n; i++) { free(a[i]); free(b[i]); }
    free(a); free(b);
    return 0;
}
