/* rootvm x86 runtime: the <math.h> functions gcc calls out of line. */
double sqrt(double x) { return __builtin_sqrt(x); }
float sqrtf(float x) { return __builtin_sqrtf(x); }
double fabs(double x) { return __builtin_fabs(x); }
static const double two52 = 4503599627370496.0;
double trunc(double x) {
    double a = __builtin_fabs(x);
    if (!(a < two52)) return x;
    double t = (double)(long)x;
    return t == 0 ? __builtin_copysign(0.0, x) : t;
}
double floor(double x) { double t = trunc(x); return (t > x) ? t - 1.0 : t; }
double ceil(double x) { double t = trunc(x); return (t < x) ? t + 1.0 : t; }
double round(double x) { double t = trunc(x); double d = x - t; if (d >= 0.5) t += 1.0; else if (d <= -0.5) t -= 1.0; return t; }
double fmax(double a, double b) { return a != a ? b : b != b ? a : a > b ? a : b; }
double fmin(double a, double b) { return a != a ? b : b != b ? a : a < b ? a : b; }
float fmaxf(float a, float b) { return a != a ? b : b != b ? a : a > b ? a : b; }
float fminf(float a, float b) { return a != a ? b : b != b ? a : a < b ? a : b; }

/* libgcc's 128-bit division, which gcc calls for `__int128` `/` and `%`. A divisor that fits
   in 64 bits takes two `divq` steps (the second with a 128-bit dividend in rdx:rax); a wider
   one shifts and subtracts. A zero divisor divides by zero (the divide trap). */
typedef unsigned __int128 u128;
static unsigned long divq(unsigned long hi, unsigned long lo, unsigned long d, unsigned long *rem) {
    unsigned long q, r;
    __asm__("divq %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(d) : "cc");
    *rem = r;
    return q;
}
static u128 udivmod128(u128 n, u128 d, u128 *rem) {
    unsigned long nh = (unsigned long)(n >> 64), nl = (unsigned long)n;
    if ((d >> 64) == 0) {
        unsigned long dl = (unsigned long)d, r;
        unsigned long qh = nh < dl ? 0 : divq(0, nh, dl, &r);
        unsigned long ql = divq(nh < dl ? nh : r, nl, dl, &r);
        *rem = r;
        return (u128)qh << 64 | ql;
    }
    u128 q = 0, r = 0;
    for (int i = 127; i >= 0; i--) {
        r = r << 1 | ((n >> i) & 1);
        if (r >= d) { r -= d; q |= (u128)1 << i; }
    }
    *rem = r;
    return q;
}
u128 __udivti3(u128 n, u128 d) { u128 r; return udivmod128(n, d, &r); }
u128 __umodti3(u128 n, u128 d) { u128 r; udivmod128(n, d, &r); return r; }
__int128 __divti3(__int128 n, __int128 d) {
    u128 r, q = udivmod128(n < 0 ? -(u128)n : (u128)n, d < 0 ? -(u128)d : (u128)d, &r);
    return (n < 0) != (d < 0) ? -(__int128)q : (__int128)q;
}
__int128 __modti3(__int128 n, __int128 d) {
    u128 r;
    udivmod128(n < 0 ? -(u128)n : (u128)n, d < 0 ? -(u128)d : (u128)d, &r);
    return n < 0 ? -(__int128)r : (__int128)r;
}
