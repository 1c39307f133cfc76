/* rootvm.h: the C ABI of rootvm (librootvm.so / librootvm.a, crate vm/capi).
 *
 * Hand-written; vm/capi/tests/header.rs compiles and runs a C program against it.
 * Scalars cross by value; strings and other guest objects cross as rootvm_ref handles
 * (ROOTVM_REF values) that the host frees with rootvm_ref_free. Every function checks its pointer
 * arguments for NULL and returns ROOTVM_ERROR_INVALID_ARGUMENT instead of crashing;
 * no Rust panic ever reaches C (it becomes ROOTVM_ERROR_PANIC). One VM is used by one
 * thread at a time; only rootvm_interrupt may be called concurrently. See docs/embedding.md.
 */
#ifndef ROOTVM_H
#define ROOTVM_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* An embedded VM. */
typedef struct rootvm_vm rootvm_vm;
/* A thread-safe handle that interrupts a VM's calls; may outlive the VM. */
typedef struct rootvm_interrupt_handle rootvm_interrupt_handle;
/* A guest object (e.g. a string) held by the host: it stays alive until rootvm_ref_free, which
 * may be called even after its VM was freed. */
typedef struct rootvm_ref rootvm_ref;
/* Where a failing host callback puts its message (rootvm_host_error_set). */
typedef struct rootvm_host_error rootvm_host_error;

/* Value types (a uint32_t on the Rust side). */
typedef enum rootvm_type {
    ROOTVM_I32 = 0,
    ROOTVM_I64 = 1,
    ROOTVM_F32 = 2,
    ROOTVM_F64 = 3,
    ROOTVM_REF = 4 /* rootvm_call arguments and results only, not host callbacks */
} rootvm_type;

/* A tagged scalar value: `tag` says which member is set. */
typedef struct rootvm_value {
    rootvm_type tag;
    union {
        int32_t i32;
        int64_t i64;
        float f32;
        double f64;
        rootvm_ref *ref; /* never NULL in a ROOTVM_REF value */
    } of;
} rootvm_value;

/* Error kinds: the return value of most functions and rootvm_last_error_kind. */
typedef enum rootvm_error {
    ROOTVM_OK = 0,
    ROOTVM_ERROR_LOAD = 1,             /* read, parse, decode, verify or link failed */
    ROOTVM_ERROR_TRAP = 2,             /* rootIR trap: division by zero, unreachable, bounds ... */
    ROOTVM_ERROR_OUT_OF_FUEL = 3,
    ROOTVM_ERROR_CALL_DEPTH = 4,
    ROOTVM_ERROR_HOST = 5,             /* a host callback failed */
    ROOTVM_ERROR_INVALID_CALL = 6,     /* no such export, or argument types do not match */
    ROOTVM_ERROR_EXIT = 7,             /* guest exit; see rootvm_last_exit_status */
    ROOTVM_ERROR_INTERRUPTED = 8,      /* stopped by rootvm_interrupt */
    ROOTVM_ERROR_INVALID_ARGUMENT = 9, /* NULL, bad UTF-8, bad tag, buffer too small, re-entrant call */
    ROOTVM_ERROR_PANIC = 10            /* internal error; the VM refuses further calls */
} rootvm_error;

/* Limits; a zero field means the default (fuel: no limit). */
typedef struct rootvm_limits {
    uint64_t fuel;            /* instruction budget of each call */
    uint64_t max_call_depth;  /* default 100000 */
    uint64_t max_memory;      /* bytes of linear memory per module, default 1 GiB */
    uint64_t max_stack_bytes; /* bytes of guest register stack, default 256 MiB */
    uint64_t max_heap_bytes;  /* bytes of guest heap objects, default 1 GiB */
} rootvm_limits;

/* A host function. `results` arrive with their tags set to the declared types; fill the values
 * and return 0, or return non-zero (after rootvm_host_error_set, optionally) to trap the guest
 * with ROOTVM_ERROR_HOST. */
typedef int (*rootvm_host_fn)(void *user_data, const rootvm_value *args, size_t nargs,
                              rootvm_value *results, size_t nresults, rootvm_host_error *error);

/* A VM with these limits (NULL: defaults). NULL only on an internal failure. */
rootvm_vm *rootvm_new(const rootvm_limits *limits);
/* Frees a VM (NULL is ignored). Not from inside one of its host callbacks. */
void rootvm_free(rootvm_vm *vm);

/* Loads .rira archive bytes or .rir text. */
int rootvm_load_bytes(rootvm_vm *vm, const uint8_t *bytes, size_t len);
/* Loads a .rira or .rir file. */
int rootvm_load_path(rootvm_vm *vm, const char *path);

/* Calls module.export. Writes up to max_results results and their count to *nresults.
 * `ref` and `any` parameters take ROOTVM_REF arguments (the handle stays the caller's); each
 * `ref` or `any` result comes back as ROOTVM_REF with a NEW handle the caller must free with
 * rootvm_ref_free (a null reference too: it is a handle holding null). */
int rootvm_call(rootvm_vm *vm, const char *module, const char *export_name,
                const rootvm_value *args, size_t nargs,
                rootvm_value *results, size_t max_results, size_t *nresults);

/* Registers host function module.name for modules loaded afterwards. user_data is passed to
 * each call and never freed by rootvm. */
int rootvm_define(rootvm_vm *vm, const char *module, const char *name,
                  const rootvm_type *params, size_t nparams,
                  const rootvm_type *results, size_t nresults,
                  rootvm_host_fn callback, void *user_data);
/* Sets a failing callback's message (copied). */
void rootvm_host_error_set(rootvm_host_error *error, const char *message);

/* A new guest string of the UTF-8 bytes utf8[0..len] (need not be NUL-terminated), as a handle
 * to free with rootvm_ref_free. NULL on failure (see rootvm_last_error_kind). */
rootvm_ref *rootvm_string_new(rootvm_vm *vm, const uint8_t *utf8, size_t len);
/* Copies the UTF-8 text of the string `ref` holds, and a NUL, into buf[0..cap]; its length without
 * the NUL goes to *len even when cap is too small (then ROOTVM_ERROR_INVALID_ARGUMENT and nothing
 * is copied: call with buf = NULL, cap = 0 to ask the size). Not a string: ROOTVM_ERROR_TRAP. */
int rootvm_string_get(rootvm_vm *vm, const rootvm_ref *ref, char *buf, size_t cap, size_t *len);
/* Releases a handle (NULL is ignored). */
void rootvm_ref_free(rootvm_ref *ref);

/* The last operation's error kind (ROOTVM_OK after success). */
int rootvm_last_error_kind(const rootvm_vm *vm);
/* Its message with the guest stack trace ("" after success); valid until the next operation on
 * the VM; never NULL. */
const char *rootvm_last_error_message(const rootvm_vm *vm);
/* The guest's exit status when the last error is ROOTVM_ERROR_EXIT. */
int rootvm_last_exit_status(const rootvm_vm *vm);

/* A handle for rootvm_interrupt (free it with rootvm_interrupt_handle_free). */
rootvm_interrupt_handle *rootvm_interrupt_handle_new(const rootvm_vm *vm);
/* Makes the VM's running call (or its next one) fail with ROOTVM_ERROR_INTERRUPTED. Any thread. */
int rootvm_interrupt(const rootvm_interrupt_handle *handle);
void rootvm_interrupt_handle_free(rootvm_interrupt_handle *handle);

#ifdef __cplusplus
}
#endif

#endif /* ROOTVM_H */
