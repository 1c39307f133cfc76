/* A small shared library for the x86 frontend's .so support (scripts/record_x86_so.sh builds
 * shlib.so with gcc -O2 -shared -fPIC, and a stripped copy). It exercises: calls between
 * exported functions (through the PLT: -fPIC keeps them interposable), a static helper
 * (no symbol in the stripped copy), libc through the PLT (memcpy, strlen, malloc, free),
 * globals reached through the GOT (GLOB_DAT), a .bss array, a table of function pointers
 * in .data.rel.ro (RELATIVE relocations) and string constants. */
#include <stdlib.h>
#include <string.h>

long counter = 7;
static unsigned char scratch[4096];

__attribute__((noinline)) static unsigned long mix(unsigned long h, unsigned char c) {
    return (h ^ c) * 1099511628211UL;
}

unsigned long fnv1a(const char *s, unsigned long n) {
    unsigned long h = 1469598103934665603UL;
    for (unsigned long i = 0; i < n; i++) h = mix(h, (unsigned char)s[i]);
    return h;
}

/* Calls an exported function: through the PLT. */
unsigned long fnv1a_str(const char *s) { return fnv1a(s, strlen(s)); }

long bump(long by) {
    counter += by;
    return counter;
}

/* Copies into .bss with memcpy, then sums. */
long copy_sum(const char *s, long n) {
    if (n > (long)sizeof scratch) n = sizeof scratch;
    memcpy(scratch, s, n);
    long sum = 0;
    for (long i = 0; i < n; i++) sum += scratch[i];
    return sum;
}

/* malloc, fill, reverse, hash, free. */
unsigned long reversed_hash(const char *s) {
    size_t n = strlen(s);
    char *t = malloc(n + 1);
    if (!t) return 0;
    for (size_t i = 0; i < n; i++) t[i] = s[n - 1 - i];
    t[n] = 0;
    unsigned long h = fnv1a(t, n);
    free(t);
    return h;
}

static long op_add(long a, long b) { return a + b; }
static long op_sub(long a, long b) { return a - b; }
static long op_mul(long a, long b) { return a * b; }
static long op_max(long a, long b) { return a > b ? a : b; }
static long (*const ops[])(long, long) = {op_add, op_sub, op_mul, op_max};

long apply_op(int k, long a, long b) {
    if (k < 0 || k > 3) return -1;
    return ops[k](a, b);
}

static const char *const names[] = {"zero", "one", "two", "three", "four"};

long name_len(int k) { return (k >= 0 && k < 5) ? (long)strlen(names[k]) : -1; }

/* Calls a function this library does not define and the C runtime lacks. */
extern int unknown_extern_function(int);
int uses_unknown(int x) { return unknown_extern_function(x) + 1; }
