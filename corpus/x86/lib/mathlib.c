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
/* Buffers, structs by pointer, bit tricks, 128-bit products, unsigned division, float loops. */
long sum_bytes(const unsigned char *p, long n) { long s = 0; for (long i = 0; i < n; i++) s += p[i]; return s; }
unsigned max_byte(const unsigned char *p, long n) { unsigned char m = 0; for (long i = 0; i < n; i++) m = p[i] > m ? p[i] : m; return m; }
long upper_count(const char *s) { long n = 0; for (; *s; s++) n += *s >= 'A' && *s <= 'Z'; return n; }
struct header { unsigned char kind, len; unsigned short id; unsigned value; };
unsigned header_mix(const struct header *h) { return h->kind * 1000003u + h->len * 1009u + h->id * 31u + h->value; }
int popbits(unsigned long x) { return __builtin_popcountl(x); }
unsigned long swap64(unsigned long x) { return __builtin_bswap64(x); }
int lead_zeros(unsigned long x) { return x ? __builtin_clzl(x) : 64; }
unsigned long mulhi(unsigned long a, unsigned long b) { return (unsigned long)(((unsigned __int128)a * b) >> 64); }
unsigned long udivmod(unsigned long a, unsigned long b) { return a / b * 1000 + a % b; }
long gcd(long a, long b) { return b ? gcd(b, a % b) : (a < 0 ? -a : a); }
double poly(double x, int n) { double s = 0; for (int i = n; i >= 0; i--) s = s * x + 1.0 / (i + 1); return s; }
double newton_sqrt(double x) { double g = x > 1 ? x / 2 : 1; for (int i = 0; i < 30; i++) g = 0.5 * (g + x / g); return g; }
float fsum_to(int n) { float s = 0; for (int i = 1; i <= n; i++) s += 1.0f / (float)i; return s; }
int to_int(double x) { return (int)x; }
unsigned long to_u64(double x) { return (unsigned long)x; }
