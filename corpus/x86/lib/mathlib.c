/* A library: exported functions called with arguments (corpus/x86/lib/calls.txt). */
#include <string.h>
int add3(int a, int b, int c) { return a + b + c; }
long mul_u64(unsigned long a, unsigned long b) { return (long)(a * b); }
double hypot2(double x, double y) { return x * x + y * y; }
float scale(float x, int k) { return x * (float)k; }
long count_char(const char *s, int c) { long n = 0; for (; *s; s++) if (*s == c) n++; return n; }
unsigned checksum(const unsigned char *p, long n) { unsigned h = 5381; for (long i = 0; i < n; i++) h = h * 33 + p[i]; return h; }
long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
int classify(int x) {
    switch (x) { case 0: return 100; case 1: return 101; case 2: return 102; case 3: return 103; case 4: return 104; case 5: return 105; default: return -1; }
}
static int twice(int x) { return 2 * x; }
static int square(int x) { return x * x; }
int apply(int which, int x) { int (*fs[2])(int) = { twice, square }; return fs[which & 1](x); }
long str_len(const char *s) { return (long)strlen(s); }
