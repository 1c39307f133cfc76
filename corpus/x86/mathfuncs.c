#include <stdio.h>
#include <math.h>
int main(void) {
    double vals[] = {2.0, 10.0, 0.5, 1e-8, 12345.678};
    for (int i = 0; i < 5; i++) printf("%.12f %.3f %.3f\n", sqrt(vals[i]), floor(vals[i] * 1.7), ceil(vals[i] * 1.7));
    printf("%.1f %.1f %.1f %.1f\n", fabs(-3.5), round(2.5), round(-2.5), trunc(-7.9));
    float f = 2.0f;
    printf("%.7f\n", sqrtf(f));
    double h = 0;
    for (int i = 1; i <= 1000; i++) h += 1.0 / i;
    printf("%.15f\n", h);
    return 0;
}
