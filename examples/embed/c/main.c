/* A C host of rootvm: loads callback.rir, registers host.scale, calls callback.compute(10),
 * checks the result (135) and prints OK. Usage: main PATH/TO/callback.rir */
#include <stdio.h>
#include "rootvm.h"

static int scale(void *user_data, const rootvm_value *args, size_t nargs, rootvm_value *results,
                 size_t nresults, rootvm_host_error *error) {
    int64_t factor = *(const int64_t *)user_data;
    if (nargs != 1 || nresults != 1 || args[0].tag != ROOTVM_I64) {
        rootvm_host_error_set(error, "scale: unexpected arguments");
        return 1;
    }
    results[0].of.i64 = args[0].of.i64 * factor;
    return 0;
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "../callback.rir";
    rootvm_limits limits = {0};
    limits.fuel = 1000000;
    rootvm_vm *vm = rootvm_new(&limits);
    if (!vm) return 1;
    int64_t factor = 3;
    rootvm_type sig[1] = {ROOTVM_I64};
    if (rootvm_define(vm, "host", "scale", sig, 1, sig, 1, scale, &factor) != ROOTVM_OK ||
        rootvm_load_path(vm, path) != ROOTVM_OK) {
        fprintf(stderr, "error: %s\n", rootvm_last_error_message(vm));
        rootvm_free(vm);
        return 1;
    }
    rootvm_value arg = {.tag = ROOTVM_I64, .of.i64 = 10};
    rootvm_value result;
    size_t n = 0;
    if (rootvm_call(vm, "callback", "compute", &arg, 1, &result, 1, &n) != ROOTVM_OK) {
        fprintf(stderr, "error: %s\n", rootvm_last_error_message(vm));
        rootvm_free(vm);
        return 1;
    }
    rootvm_free(vm);
    if (n != 1 || result.tag != ROOTVM_I64 || result.of.i64 != 135) {
        fprintf(stderr, "wrong result: %lld\n", (long long)result.of.i64);
        return 1;
    }
    printf("C host: compute(10) = %lld OK\n", (long long)result.of.i64);
    return 0;
}
