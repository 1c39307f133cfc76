#include <stdio.h>
#define N 12
static double A[N][N], B[N][N], C[N][N];
int main(void) {
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { A[i][j] = i + j * 0.5; B[i][j] = (i == j) ? 2.0 : 0.25 * (i - j); }
    for (int i = 0; i < N; i++) for (int j = 0; j < N; j++) { double s = 0; for (int k = 0; k < N; k++) s += A[i][k] * B[k][j]; C[i][j] = s; }
    double tr = 0;
    for (int i = 0; i < N; i++) tr += C[i][i];
    printf("%.6f %.6f %.6f\n", tr, C[0][N - 1], C[N - 1][0]);
    long m[4][4] = {{1, 2, 3, 4}, {5, 6, 7, 8}, {9, 10, 11, 12}, {13, 14, 15, 16}};
    long det = 0;
    for (int i = 0; i < 4; i++) det += m[i][i] * m[(i + 1) % 4][(i + 2) % 4];
    printf("%ld\n", det);
    return 0;
}
