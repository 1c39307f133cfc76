#include <stdio.h>
static int ack(int m, int n) { return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
static int hanoi(int n, int a, int b, int c) { return n == 0 ? 0 : hanoi(n - 1, a, c, b) + 1 + hanoi(n - 1, c, b, a); }
static void perm(int *v, int k, int n, int *count) {
    if (k == n) { (*count)++; return; }
    for (int i = k; i < n; i++) { int t = v[k]; v[k] = v[i]; v[i] = t; perm(v, k + 1, n, count); t = v[k]; v[k] = v[i]; v[i] = t; }
}
int main(void) {
    printf("ack %d\n", ack(2, 3));
    printf("fib %ld\n", fib(20));
    printf("hanoi %d\n", hanoi(10, 1, 2, 3));
    int v[6] = {1, 2, 3, 4, 5, 6}, count = 0;
    perm(v, 0, 6, &count);
    printf("perms %d\n", count);
    return 0;
}
