// A Go host of rootvm through cgo: loads callback.rir, registers host.scale, calls
// callback.compute(10), checks the result (135) and prints OK.
//
// usage: go run . PATH/TO/callback.rir   (CGO_CFLAGS/CGO_LDFLAGS point at include/ and librootvm.a; see run.sh)
package main

/*
#cgo LDFLAGS: -lrootvm -lpthread -ldl -lm
#include <stdlib.h>
#include "rootvm.h"

extern int goScale(void *user_data, rootvm_value *args, size_t nargs, rootvm_value *results, size_t nresults, rootvm_host_error *error);

static int scale_trampoline(void *user_data, const rootvm_value *args, size_t nargs,
                            rootvm_value *results, size_t nresults, rootvm_host_error *error) {
    return goScale(user_data, (rootvm_value *)args, nargs, results, nresults, error);
}

static int define_scale(rootvm_vm *vm) {
    rootvm_type sig[1] = {ROOTVM_I64};
    return rootvm_define(vm, "host", "scale", sig, 1, sig, 1, scale_trampoline, NULL);
}

static int64_t value_i64(const rootvm_value *v) { return v->of.i64; }
static void set_i64(rootvm_value *v, int64_t x) { v->tag = ROOTVM_I64; v->of.i64 = x; }
*/
import "C"

import (
	"fmt"
	"os"
	"unsafe"
)

//export goScale
func goScale(userData unsafe.Pointer, args *C.rootvm_value, nargs C.size_t, results *C.rootvm_value, nresults C.size_t, hostError *C.rootvm_host_error) C.int {
	_ = userData
	if nargs != 1 || nresults != 1 {
		msg := C.CString("scale: unexpected arguments")
		defer C.free(unsafe.Pointer(msg))
		C.rootvm_host_error_set(hostError, msg)
		return 1
	}
	C.set_i64(results, C.value_i64(args)*3)
	return 0
}

func main() {
	path := "../callback.rir"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	limits := C.rootvm_limits{fuel: 1000000}
	vm := C.rootvm_new(&limits)
	defer C.rootvm_free(vm)
	fail := func() {
		fmt.Fprintln(os.Stderr, "error:", C.GoString(C.rootvm_last_error_message(vm)))
		os.Exit(1)
	}
	if C.define_scale(vm) != C.ROOTVM_OK {
		fail()
	}
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	if C.rootvm_load_path(vm, cpath) != C.ROOTVM_OK {
		fail()
	}
	module, export := C.CString("callback"), C.CString("compute")
	defer C.free(unsafe.Pointer(module))
	defer C.free(unsafe.Pointer(export))
	var arg, result C.rootvm_value
	C.set_i64(&arg, 10)
	var n C.size_t
	if C.rootvm_call(vm, module, export, &arg, 1, &result, 1, &n) != C.ROOTVM_OK {
		fail()
	}
	if got := int64(C.value_i64(&result)); n != 1 || got != 135 {
		fmt.Fprintln(os.Stderr, "wrong result:", got)
		os.Exit(1)
	}
	fmt.Printf("Go host: compute(10) = %d OK\n", int64(C.value_i64(&result)))
}
