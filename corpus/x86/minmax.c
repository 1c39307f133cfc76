#include <stdio.h>
/* min/max reductions and clamps over signed, unsigned, byte, short, float and double arrays */
#define N 1000
int si[N]; unsigned ui[N]; signed char sc[N]; unsigned char uc[N]; short ss[N]; unsigned short us[N];
float fl[N]; double db[N];
int main(void) {
    unsigned seed = 12345;
    for (int i = 0; i < N; i++) {
        seed = seed * 1103515245u + 12345u;
        si[i] = (int)seed; ui[i] = seed ^ 0x80000000u; sc[i] = (signed char)(seed >> 8); uc[i] = (unsigned char)(seed >> 16);
        ss[i] = (short)(seed >> 3); us[i] = (unsigned short)(seed >> 5);
        fl[i] = (float)(int)(seed >> 4) / 1000.0f; db[i] = (double)(int)seed / 7.0;
    }
    int smin = si[0], smax = si[0]; unsigned umin = ui[0], umax = ui[0];
    for (int i = 0; i < N; i++) { smin = si[i] < smin ? si[i] : smin; smax = si[i] > smax ? si[i] : smax; }
    for (int i = 0; i < N; i++) { umin = ui[i] < umin ? ui[i] : umin; umax = ui[i] > umax ? ui[i] : umax; }
    signed char cmin = 127, cmax = -128; unsigned char bmin = 255, bmax = 0;
    for (int i = 0; i < N; i++) { if (sc[i] < cmin) cmin = sc[i]; if (sc[i] > cmax) cmax = sc[i]; }
    for (int i = 0; i < N; i++) { if (uc[i] < bmin) bmin = uc[i]; if (uc[i] > bmax) bmax = uc[i]; }
    short hmin = 32767; unsigned short wmax = 0;
    for (int i = 0; i < N; i++) { if (ss[i] < hmin) hmin = ss[i]; if (us[i] > wmax) wmax = us[i]; }
    float fmn = fl[0], fmx = fl[0]; double dmn = db[0], dmx = db[0];
    for (int i = 0; i < N; i++) { fmn = fl[i] < fmn ? fl[i] : fmn; fmx = fl[i] > fmx ? fl[i] : fmx; }
    for (int i = 0; i < N; i++) { dmn = db[i] < dmn ? db[i] : dmn; dmx = db[i] > dmx ? db[i] : dmx; }
    printf("%d %d %u %u %d %d %u %u %d %u\n", smin, smax, umin, umax, cmin, cmax, bmin, bmax, hmin, wmax);
    printf("%.3f %.3f %.6f %.6f\n", fmn, fmx, dmn, dmx);
    for (int i = 0; i < N; i++) { int v = si[i] >> 20; si[i] = v < -100 ? -100 : v > 100 ? 100 : v; }
    for (int i = 0; i < N; i++) uc[i] = uc[i] > 200 ? 200 : uc[i] < 50 ? 50 : uc[i];
    for (int i = 0; i < N; i++) fl[i] = fl[i] < 0.0f ? 0.0f : fl[i] > 1000.0f ? 1000.0f : fl[i];
    long s = 0; unsigned us2 = 0; double fs = 0;
    for (int i = 0; i < N; i++) { s += si[i]; us2 += uc[i]; fs += fl[i]; }
    printf("%ld %u %.3f\n", s, us2, fs);
    return 0;
}
