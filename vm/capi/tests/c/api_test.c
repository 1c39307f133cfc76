/* Compiled and run by vm/capi/tests/header.rs against include/rootvm.h and librootvm.a:
 * checks the layout the header declares and every entry point's success and error paths. */
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include "rootvm.h"

static int failures = 0;
#define CHECK(cond) do { if (!(cond)) { fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond); failures++; } } while (0)

static const char *PROGRAM =
    "module m\n"
    "import @scale = host.scale(i64) -> i64\n"
    "const c0 = \"hello, \"\n"
    "export @add\nexport @div\nexport @twice\nexport @spin\nexport @fsum\nexport @greet\n"
    "func @greet(r0: ref) -> ref {\n  regs r1: ref\nb0:\n  r1 = str.const c0\n  r0 = str.concat r1, r0\n  ret r0\n}\n"
    "func @add(r0: i32, r1: i32) -> i32 {\nb0:\n  r0 = i32.add r0, r1\n  ret r0\n}\n"
    "func @div(r0: i64, r1: i64) -> i64 {\nb0:\n  r0 = i64.div_s r0, r1\n  ret r0\n}\n"
    "func @twice(r0: i64) -> i64 {\nb0:\n  r0 = call @scale(r0)\n  ret r0\n}\n"
    "func @spin() {\nb0:\n  br b0\n}\n"
    "func @fsum(r0: f64, r1: f32) -> (f64, f32) {\nb0:\n  r0 = f64.add r0, r0\n  ret r0, r1\n}\n";

static int scale(void *user_data, const rootvm_value *args, size_t nargs, rootvm_value *results,
                 size_t nresults, rootvm_host_error *error) {
    int *calls = user_data;
    (*calls)++;
    if (nargs != 1 || nresults != 1 || results[0].tag != ROOTVM_I64) return 2;
    if (args[0].of.i64 < 0) {
        rootvm_host_error_set(error, "negative input");
        return 1;
    }
    results[0].of.i64 = args[0].of.i64 * 2;
    return 0;
}

static void *interrupter(void *handle) {
    struct timespec ts = {0, 20 * 1000 * 1000};
    nanosleep(&ts, NULL);
    rootvm_interrupt(handle);
    return NULL;
}

int main(void) {
    /* Layout. */
    CHECK(sizeof(rootvm_value) == 16);
    CHECK(offsetof(rootvm_value, of) == 8);
    CHECK(sizeof(rootvm_limits) == 40);
    CHECK(sizeof(rootvm_type) == 4);

    /* NULL everywhere. */
    CHECK(rootvm_load_bytes(NULL, (const uint8_t *)"", 0) == ROOTVM_ERROR_INVALID_ARGUMENT);
    CHECK(rootvm_load_path(NULL, "x") == ROOTVM_ERROR_INVALID_ARGUMENT);
    CHECK(rootvm_call(NULL, "m", "f", NULL, 0, NULL, 0, NULL) == ROOTVM_ERROR_INVALID_ARGUMENT);
    CHECK(rootvm_last_error_kind(NULL) == ROOTVM_ERROR_INVALID_ARGUMENT);
    CHECK(strcmp(rootvm_last_error_message(NULL), "vm is NULL") == 0);
    CHECK(rootvm_interrupt_handle_new(NULL) == NULL);
    CHECK(rootvm_interrupt(NULL) == ROOTVM_ERROR_INVALID_ARGUMENT);
    rootvm_free(NULL);
    rootvm_interrupt_handle_free(NULL);
    rootvm_host_error_set(NULL, "ignored");

    rootvm_vm *vm = rootvm_new(NULL);
    CHECK(vm != NULL);
    int calls = 0;
    rootvm_type i64[1] = {ROOTVM_I64};
    CHECK(rootvm_define(vm, NULL, "scale", i64, 1, i64, 1, scale, &calls) == ROOTVM_ERROR_INVALID_ARGUMENT);
    CHECK(rootvm_last_error_kind(vm) == ROOTVM_ERROR_INVALID_ARGUMENT);
    CHECK(strstr(rootvm_last_error_message(vm), "module is NULL") != NULL);
    CHECK(rootvm_define(vm, "host", "scale", NULL, 1, i64, 1, scale, &calls) == ROOTVM_ERROR_INVALID_ARGUMENT);
    CHECK(rootvm_define(vm, "host", "scale", i64, 1, i64, 1, NULL, &calls) == ROOTVM_ERROR_INVALID_ARGUMENT);
    rootvm_type bad[1] = {(rootvm_type)77};
    CHECK(rootvm_define(vm, "host", "scale", bad, 1, i64, 1, scale, &calls) == ROOTVM_ERROR_INVALID_ARGUMENT);
    CHECK(rootvm_define(vm, "host", "\xff", i64, 1, i64, 1, scale, &calls) == ROOTVM_ERROR_INVALID_ARGUMENT);
    CHECK(strstr(rootvm_last_error_message(vm), "UTF-8") != NULL);
    CHECK(rootvm_define(vm, "host", "scale", i64, 1, i64, 1, scale, &calls) == ROOTVM_OK);
    CHECK(rootvm_last_error_kind(vm) == ROOTVM_OK);
    CHECK(strcmp(rootvm_last_error_message(vm), "") == 0);

    /* Loading. */
    CHECK(rootvm_load_bytes(vm, NULL, 5) == ROOTVM_ERROR_INVALID_ARGUMENT);
    CHECK(rootvm_load_bytes(vm, (const uint8_t *)"module", 6) == ROOTVM_ERROR_LOAD);
    CHECK(rootvm_load_bytes(vm, (const uint8_t *)"\xff\xfe", 2) == ROOTVM_ERROR_LOAD);
    CHECK(rootvm_load_path(vm, "/nonexistent/x.rira") == ROOTVM_ERROR_LOAD);
    CHECK(strstr(rootvm_last_error_message(vm), "/nonexistent/x.rira") != NULL);
    if (rootvm_load_bytes(vm, (const uint8_t *)PROGRAM, strlen(PROGRAM)) != ROOTVM_OK) {
        fprintf(stderr, "load failed: %s\n", rootvm_last_error_message(vm));
        return 1;
    }

    /* Calls. */
    rootvm_value args[2] = {{.tag = ROOTVM_I32, .of.i32 = 40}, {.tag = ROOTVM_I32, .of.i32 = 2}};
    rootvm_value res[2];
    size_t n = 99;
    CHECK(rootvm_call(vm, "m", "add", args, 2, res, 2, &n) == ROOTVM_OK);
    CHECK(n == 1 && res[0].tag == ROOTVM_I32 && res[0].of.i32 == 42);
    CHECK(rootvm_call(vm, "m", "add", args, 2, res, 2, NULL) == ROOTVM_ERROR_INVALID_ARGUMENT);
    CHECK(rootvm_call(vm, "m", "add", args, 2, res, 0, &n) == ROOTVM_ERROR_INVALID_ARGUMENT);
    CHECK(rootvm_call(vm, "m", "add", NULL, 2, res, 2, &n) == ROOTVM_ERROR_INVALID_ARGUMENT);
    CHECK(rootvm_call(vm, "m", "add", args, 1, res, 2, &n) == ROOTVM_ERROR_INVALID_CALL);
    CHECK(rootvm_call(vm, "m", "nope", args, 2, res, 2, &n) == ROOTVM_ERROR_INVALID_CALL);
    args[1].tag = (rootvm_type)9;
    CHECK(rootvm_call(vm, "m", "add", args, 2, res, 2, &n) == ROOTVM_ERROR_INVALID_ARGUMENT);

    rootvm_value fargs[2] = {{.tag = ROOTVM_F64, .of.f64 = 1.25}, {.tag = ROOTVM_F32, .of.f32 = 0.5f}};
    CHECK(rootvm_call(vm, "m", "fsum", fargs, 2, res, 2, &n) == ROOTVM_OK);
    CHECK(n == 2 && res[0].tag == ROOTVM_F64 && res[0].of.f64 == 2.5 && res[1].tag == ROOTVM_F32 && res[1].of.f32 == 0.5f);

    rootvm_value dargs[2] = {{.tag = ROOTVM_I64, .of.i64 = 1}, {.tag = ROOTVM_I64, .of.i64 = 0}};
    CHECK(rootvm_call(vm, "m", "div", dargs, 2, res, 1, &n) == ROOTVM_ERROR_TRAP);
    CHECK(rootvm_last_error_kind(vm) == ROOTVM_ERROR_TRAP);
    CHECK(strstr(rootvm_last_error_message(vm), "at m.div") != NULL);

    /* Host callbacks. */
    rootvm_value h = {.tag = ROOTVM_I64, .of.i64 = 21};
    CHECK(rootvm_call(vm, "m", "twice", &h, 1, res, 1, &n) == ROOTVM_OK);
    CHECK(n == 1 && res[0].of.i64 == 42 && calls == 1);
    h.of.i64 = -1;
    CHECK(rootvm_call(vm, "m", "twice", &h, 1, res, 1, &n) == ROOTVM_ERROR_HOST);
    CHECK(strstr(rootvm_last_error_message(vm), "negative input") != NULL);

    /* Interrupt from another thread. */
    rootvm_interrupt_handle *handle = rootvm_interrupt_handle_new(vm);
    CHECK(handle != NULL);
    pthread_t thread;
    pthread_create(&thread, NULL, interrupter, handle);
    CHECK(rootvm_call(vm, "m", "spin", NULL, 0, NULL, 0, &n) == ROOTVM_ERROR_INTERRUPTED);
    pthread_join(thread, NULL);
    h.of.i64 = 1;
    CHECK(rootvm_call(vm, "m", "twice", &h, 1, res, 1, &n) == ROOTVM_OK);
    rootvm_free(vm);
    CHECK(rootvm_interrupt(handle) == ROOTVM_OK); /* the handle outlives the VM */
    rootvm_interrupt_handle_free(handle);

    /* Strings: a handle in, a new handle out, copied into a C buffer. */
    vm = rootvm_new(NULL);
    CHECK(rootvm_define(vm, "host", "scale", i64, 1, i64, 1, scale, &calls) == ROOTVM_OK);
    CHECK(rootvm_load_bytes(vm, (const uint8_t *)PROGRAM, strlen(PROGRAM)) == ROOTVM_OK);
    rootvm_ref *world = rootvm_string_new(vm, (const uint8_t *)"w\xc3\xb6rld", 6);
    CHECK(world != NULL);
    CHECK(rootvm_string_new(vm, (const uint8_t *)"\xff", 1) == NULL);
    CHECK(rootvm_last_error_kind(vm) == ROOTVM_ERROR_INVALID_ARGUMENT);
    rootvm_value sarg = {ROOTVM_REF, {.ref = world}};
    rootvm_value sres;
    CHECK(rootvm_call(vm, "m", "greet", &sarg, 1, &sres, 1, &n) == ROOTVM_OK && n == 1);
    CHECK(sres.tag == ROOTVM_REF && sres.of.ref != NULL);
    size_t len = 0;
    CHECK(rootvm_string_get(vm, sres.of.ref, NULL, 0, &len) == ROOTVM_ERROR_INVALID_ARGUMENT && len == 13);
    char text[32];
    CHECK(rootvm_string_get(vm, sres.of.ref, text, sizeof text, &len) == ROOTVM_OK);
    CHECK(len == 13 && strcmp(text, "hello, w\xc3\xb6rld") == 0);
    sarg.of.ref = NULL;
    CHECK(rootvm_call(vm, "m", "greet", &sarg, 1, &sres, 1, &n) == ROOTVM_ERROR_INVALID_ARGUMENT);
    h.tag = ROOTVM_I64;
    CHECK(rootvm_call(vm, "m", "greet", &h, 1, res, 1, &n) == ROOTVM_ERROR_INVALID_CALL);
    rootvm_free(vm);
    CHECK(strcmp(text, "hello, w\xc3\xb6rld") == 0);
    rootvm_ref_free(world); /* handles may outlive their VM */
    rootvm_ref_free(sres.of.ref);
    rootvm_ref_free(NULL);

    /* Fuel. */
    rootvm_limits limits = {0};
    limits.fuel = 1000;
    vm = rootvm_new(&limits);
    CHECK(rootvm_define(vm, "host", "scale", i64, 1, i64, 1, scale, &calls) == ROOTVM_OK);
    CHECK(rootvm_load_bytes(vm, (const uint8_t *)PROGRAM, strlen(PROGRAM)) == ROOTVM_OK);
    CHECK(rootvm_call(vm, "m", "spin", NULL, 0, NULL, 0, &n) == ROOTVM_ERROR_OUT_OF_FUEL);
    rootvm_free(vm);

    if (failures) {
        fprintf(stderr, "%d checks failed\n", failures);
        return 1;
    }
    printf("api_test OK\n");
    return 0;
}
