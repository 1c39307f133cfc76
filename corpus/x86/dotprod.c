#include <stdio.h>
#include <stdint.h>
/* dot products over int, short, unsigned char, float and double arrays */
#define N 777
int ai[N], bi[N];
short as[N], bs[N];
unsigned char ab[N], bb[N];
float af[N], bf[N];
double ad[N], bd[N];
static long dot_i(const int *a, const int *b, int n) { long s = 0; for (int i = 0; i < n; i++) s += (long)a[i] * b[i]; return s; }
static unsigned dot_i32(const unsigned *a, const unsigned *b, int n) { unsigned s = 0; for (int i = 0; i < n; i++) s += a[i] * b[i]; return s; }
static int dot_s(const short *a, const short *b, int n) { int s = 0; for (int i = 0; i < n; i++) s += a[i] * b[i]; return s; }
static unsigned dot_b(const unsigned char *a, const unsigned char *b, int n) { unsigned s = 0; for (int i = 0; i < n; i++) s += a[i] * b[i]; return s; }
static float dot_f(const float *a, const float *b, int n) { float s = 0; for (int i = 0; i < n; i++) s += a[i] * b[i]; return s; }
static double dot_d(const double *a, const double *b, int n) { double s = 0; for (int i = 0; i < n; i++) s += a[i] * b[i]; return s; }
static uint64_t sad(const unsigned char *a, const unsigned char *b, int n) { uint64_t s = 0; for (int i = 0; i < n; i++) s += a[i] > b[i] ? a[i] - b[i] : b[i] - a[i]; return s; }
int main(void) {
    for (int i = 0; i < N; i++) {
        ai[i] = i * 31 - 5000; bi[i] = 7 - i * 3;
        as[i] = (short)(i * 17 - 3000); bs[i] = (short)(i % 100 - 50);
        ab[i] = (unsigned char)(i * 13); bb[i] = (unsigned char)(255 - i);
        af[i] = (float)i / 7.0f; bf[i] = 1.0f - (float)i / 9.0f;
        ad[i] = i * 0.001; bd[i] = (double)(N - i) / 3.0;
    }
    printf("%ld %u %d %u\n", dot_i(ai, bi, N), dot_i32((const unsigned *)ai, (const unsigned *)bi, N), dot_s(as, bs, N), dot_b(ab, bb, N));
    printf("%.6g %.17g %llu\n", dot_f(af, bf, N), dot_d(ad, bd, N), (unsigned long long)sad(ab, bb, N));
    return 0;
}
