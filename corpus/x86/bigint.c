#include <stdio.h>
#include <stdint.h>
#include <string.h>
/* arbitrary-precision naturals in 32-bit limbs: factorials, powers, fibonacci, decimal printing */
#define L 64
typedef struct { uint32_t d[L]; int n; } big;
static void set(big *a, uint32_t v) { memset(a, 0, sizeof *a); a->d[0] = v; a->n = v != 0; }
static void mul_small(big *a, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < a->n; i++) { uint64_t t = (uint64_t)a->d[i] * m + carry; a->d[i] = (uint32_t)t; carry = t >> 32; }
    if (carry) a->d[a->n++] = (uint32_t)carry;
}
static void add(big *r, const big *a, const big *b) {
    int n = a->n > b->n ? a->n : b->n; uint64_t c = 0; big t; memset(&t, 0, sizeof t);
    for (int i = 0; i < n; i++) { c += (uint64_t)a->d[i] + b->d[i]; t.d[i] = (uint32_t)c; c >>= 32; }
    t.n = n; if (c) t.d[t.n++] = (uint32_t)c; *r = t;
}
static void mul(big *r, const big *a, const big *b) {
    big t; memset(&t, 0, sizeof t);
    for (int i = 0; i < a->n; i++) {
        uint64_t c = 0;
        for (int j = 0; j < b->n; j++) { c += (uint64_t)a->d[i] * b->d[j] + t.d[i + j]; t.d[i + j] = (uint32_t)c; c >>= 32; }
        t.d[i + b->n] = (uint32_t)c;
    }
    t.n = a->n + b->n; while (t.n && !t.d[t.n - 1]) t.n--; *r = t;
}
static uint32_t divmod_small(big *a, uint32_t m) {
    uint64_t r = 0;
    for (int i = a->n - 1; i >= 0; i--) { uint64_t cur = (r << 32) | a->d[i]; a->d[i] = (uint32_t)(cur / m); r = cur % m; }
    while (a->n && !a->d[a->n - 1]) a->n--;
    return (uint32_t)r;
}
static void print(const char *tag, const big *a) {
    big t = *a; char buf[L * 10 + 2]; int i = sizeof buf - 1; buf[i] = 0;
    if (!t.n) buf[--i] = '0';
    while (t.n) { uint32_t r = divmod_small(&t, 1000000000u); for (int k = 0; k < 9; k++) { buf[--i] = (char)('0' + r % 10); r /= 10; if (!t.n && !r) break; } }
    printf("%s = %s\n", tag, buf + i);
}
int main(void) {
    big f; set(&f, 1);
    for (uint32_t i = 2; i <= 60; i++) mul_small(&f, i);
    print("60!", &f);
    big p; set(&p, 3); big r; set(&r, 1);
    for (int e = 200; e; e >>= 1) { if (e & 1) mul(&r, &r, &p); mul(&p, &p, &p); }
    print("3^200", &r);
    big a, b; set(&a, 0); set(&b, 1);
    for (int i = 0; i < 300; i++) { big c; add(&c, &a, &b); a = b; b = c; }
    print("fib(300)", &a);
    big z; set(&z, 0); print("zero", &z);
    return a.n;
}
