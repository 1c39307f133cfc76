#include <stdio.h>
static int is_odd(unsigned n);
static int is_even(unsigned n) { return n == 0 ? 1 : is_odd(n - 1); }
static int is_odd(unsigned n) { return n == 0 ? 0 : is_even(n - 1); }
static long tak(long x, long y, long z) { return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z; }
static int depth(int n) { if (n == 0) return 0; int r = depth(n - 1); return r + 1; }
int main(void) {
    printf("%d %d\n", is_even(1000), is_odd(777));
    printf("%ld\n", tak(18, 12, 6));
    printf("%d\n", depth(10000));
    return 0;
}
