#include <stdio.h>
int main(void) {
    long sum = 0;
    for (int i = 0; i < 1000; i++) sum += i * i;
    printf("sum %ld\n", sum);
    int n = 27, steps = 0;
    while (n != 1) { n = (n & 1) ? 3 * n + 1 : n / 2; steps++; }
    printf("collatz %d\n", steps);
    int primes = 0;
    for (int p = 2; p < 2000; p++) { int ok = 1; for (int d = 2; d * d <= p; d++) if (p % d == 0) { ok = 0; break; } primes += ok; }
    printf("primes %d\n", primes);
    unsigned h = 2166136261u;
    for (int i = 0; i < 100; i++) { h ^= (unsigned)i; h *= 16777619u; }
    printf("fnv %u\n", h);
    int k = 0;
    do { k += 3; } while (k < 100);
    printf("k %d\n", k);
    return 0;
}
