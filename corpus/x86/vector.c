#include <stdio.h>
#define N 1000
int a[N], b[N], c[N];
double x[N], y[N];
float f[N];
int main(void) {
    for (int i = 0; i < N; i++) { a[i] = i * 3; b[i] = N - i; x[i] = i * 0.5; f[i] = (float)i / 4; }
    for (int i = 0; i < N; i++) c[i] = a[i] + b[i] * 2;
    long s = 0;
    for (int i = 0; i < N; i++) s += c[i];
    for (int i = 0; i < N; i++) y[i] = x[i] * 2.0 + 1.0;
    double t = 0;
    for (int i = 0; i < N; i++) t += y[i];
    float fs = 0;
    for (int i = 0; i < N; i++) f[i] = f[i] * 2.0f;
    for (int i = 0; i < N; i++) fs += f[i];
    int mx = 0;
    for (int i = 0; i < N; i++) if (c[i] > mx) mx = c[i];
    unsigned char bytes[256];
    for (int i = 0; i < 256; i++) bytes[i] = (unsigned char)(i * 7);
    unsigned bs = 0;
    for (int i = 0; i < 256; i++) bs += bytes[i];
    printf("%ld %.1f %.2f %d %u\n", s, t, fs, mx, bs);
    return 0;
}
