/* C-side call cost (bench/calls/run.sh): rootvm_call of lib.inc (i64) -> i64 from C, through
 * librootvm.a, and a string round trip (rootvm_string_new, a ref call, rootvm_string_get,
 * rootvm_ref_free). Prints Markdown rows like call_cost.rs. usage: c_call_cost CALLS.rir [N] */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "rootvm.h"

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

static const char *ECHO = "module strs\nexport @echo\nfunc @echo(r0: ref) -> ref {\nb0:\n  ret r0\n}\n";

static int inc(void *u, const rootvm_value *a, size_t na, rootvm_value *r, size_t nr, rootvm_host_error *e) {
    (void)u; (void)na; (void)nr; (void)e;
    r[0].of.i64 = a[0].of.i64 + 1;
    return 0;
}

int main(int argc, char **argv) {
    if (argc < 2) return 2;
    long n = argc > 2 ? atol(argv[2]) : 1000000;
    rootvm_vm *vm = rootvm_new(NULL);
    rootvm_type i64 = ROOTVM_I64;
    if (rootvm_define(vm, "host", "inc", &i64, 1, &i64, 1, inc, NULL) != ROOTVM_OK ||
        rootvm_load_path(vm, argv[1]) != ROOTVM_OK ||
        rootvm_load_bytes(vm, (const uint8_t *)ECHO, strlen(ECHO)) != ROOTVM_OK) {
        fprintf(stderr, "load: %s\n", rootvm_last_error_message(vm));
        return 1;
    }
    double best = 1e9;
    for (int round = 0; round < 3; round++) {
        rootvm_value arg = {ROOTVM_I64, {.i64 = 0}}, res;
        size_t got;
        double t = now();
        for (long i = 0; i < n; i++) {
            if (rootvm_call(vm, "lib", "inc", &arg, 1, &res, 1, &got) != ROOTVM_OK) return 1;
            arg.of.i64 = res.of.i64;
        }
        t = now() - t;
        if (arg.of.i64 != n) return 1;
        if (t < best) best = t;
    }
    printf("| C→guest (`rootvm_call`, i64) | %.1f M/s | %.1f ns |\n", n / best / 1e6, best * 1e9 / n);
    long m = n / 10;
    best = 1e9;
    for (int round = 0; round < 3; round++) {
        char buf[16];
        size_t len, got;
        double t = now();
        for (long i = 0; i < m; i++) {
            rootvm_ref *s = rootvm_string_new(vm, (const uint8_t *)"hello", 5);
            rootvm_value arg = {ROOTVM_REF, {.ref = s}}, res;
            if (!s || rootvm_call(vm, "strs", "echo", &arg, 1, &res, 1, &got) != ROOTVM_OK) return 1;
            if (rootvm_string_get(vm, res.of.ref, buf, sizeof buf, &len) != ROOTVM_OK || len != 5) return 1;
            rootvm_ref_free(res.of.ref);
            rootvm_ref_free(s);
        }
        t = now() - t;
        if (t < best) best = t;
    }
    printf("| C→guest string round trip (new, call, get, 2 frees) | %.2f M/s | %.1f ns |\n", m / best / 1e6, best * 1e9 / m);
    rootvm_free(vm);
    return 0;
}
