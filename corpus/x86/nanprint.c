#include <stdio.h>
#include <math.h>
/* NaN and infinity: how they are produced, compared and printed */
static volatile double zero = 0.0, one = 1.0, big = 1e308;
static volatile float fzero = 0.0f;
int main(void) {
    double n = zero / zero, inf = one / zero, ninf = -one / zero;
    float fn = fzero / fzero;
    printf("%f %f %f %e %g\n", n, inf, ninf, n, -n);
    printf("%f %f\n", (double)fn, inf - inf);
    printf("%f %f %f\n", big * 10, -big * 10, sqrt(-one));
    printf("%d %d %d %d %d\n", n == n, n != n, n < 1.0, n > 1.0, inf > big);
    printf("%d %d %d\n", isnan(n), isinf(ninf), isfinite(big));
    double vals[] = {1.0, n, -2.0, inf, 0.5};
    double mx = -inf, mn = inf;
    for (int i = 0; i < 5; i++) { mx = vals[i] > mx ? vals[i] : mx; mn = vals[i] < mn ? vals[i] : mn; }
    printf("%f %f\n", mx, mn);
    printf("%.3f %.3f\n", fmax(n, 3.0), fmin(2.0, n));
    printf("%f %f\n", zero * -1.0, -zero);
    return 0;
}
