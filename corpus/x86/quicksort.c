#include <stdio.h>
static void qs(long *a, int lo, int hi) {
    if (lo >= hi) return;
    long p = a[(lo + hi) / 2]; int i = lo, j = hi;
    while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) { long t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } }
    qs(a, lo, j); qs(a, i, hi);
}
int main(void) {
    static long a[5000];
    unsigned long x = 88172645463325252UL;
    for (int i = 0; i < 5000; i++) { x ^= x << 13; x ^= x >> 7; x ^= x << 17; a[i] = (long)(x % 100000) - 50000; }
    qs(a, 0, 4999);
    int sorted = 1;
    for (int i = 1; i < 5000; i++) if (a[i - 1] > a[i]) sorted = 0;
    printf("%d %ld %ld %ld\n", sorted, a[0], a[2500], a[4999]);
    return 0;
}
