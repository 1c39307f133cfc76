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
