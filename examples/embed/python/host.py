"""A Python host of rootvm through ctypes: loads callback.rir, registers host.scale, calls
callback.compute(10), checks the result (135) and prints OK.

usage: python3 host.py PATH/TO/librootvm.so PATH/TO/callback.rir
"""
import ctypes
import sys

I32, I64, F32, F64 = 0, 1, 2, 3
OK = 0


class Payload(ctypes.Union):
    _fields_ = [("i32", ctypes.c_int32), ("i64", ctypes.c_int64), ("f32", ctypes.c_float), ("f64", ctypes.c_double)]


class Value(ctypes.Structure):
    _fields_ = [("tag", ctypes.c_uint32), ("of", Payload)]


class Limits(ctypes.Structure):
    _fields_ = [(name, ctypes.c_uint64) for name in ("fuel", "max_call_depth", "max_memory", "max_stack_bytes", "max_heap_bytes")]


HOST_FN = ctypes.CFUNCTYPE(
    ctypes.c_int, ctypes.c_void_p, ctypes.POINTER(Value), ctypes.c_size_t,
    ctypes.POINTER(Value), ctypes.c_size_t, ctypes.c_void_p,
)


def bind(lib):
    lib.rootvm_new.restype = ctypes.c_void_p
    lib.rootvm_new.argtypes = [ctypes.POINTER(Limits)]
    lib.rootvm_free.argtypes = [ctypes.c_void_p]
    lib.rootvm_load_path.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.rootvm_call.argtypes = [
        ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(Value), ctypes.c_size_t,
        ctypes.POINTER(Value), ctypes.c_size_t, ctypes.POINTER(ctypes.c_size_t),
    ]
    lib.rootvm_define.argtypes = [
        ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.POINTER(ctypes.c_uint32), ctypes.c_size_t,
        ctypes.POINTER(ctypes.c_uint32), ctypes.c_size_t, HOST_FN, ctypes.c_void_p,
    ]
    lib.rootvm_host_error_set.argtypes = [ctypes.c_void_p, ctypes.c_char_p]
    lib.rootvm_last_error_message.restype = ctypes.c_char_p
    lib.rootvm_last_error_message.argtypes = [ctypes.c_void_p]


def main():
    lib = ctypes.CDLL(sys.argv[1])
    bind(lib)
    limits = Limits(fuel=1_000_000)
    vm = lib.rootvm_new(ctypes.byref(limits))

    def check(code):
        if code != OK:
            raise SystemExit("error: " + lib.rootvm_last_error_message(vm).decode())

    @HOST_FN
    def scale(_user, args, nargs, results, nresults, error):
        if nargs != 1 or nresults != 1 or args[0].tag != I64:
            lib.rootvm_host_error_set(error, b"scale: unexpected arguments")
            return 1
        results[0].of.i64 = args[0].of.i64 * 3
        return 0

    sig = (ctypes.c_uint32 * 1)(I64)
    check(lib.rootvm_define(vm, b"host", b"scale", sig, 1, sig, 1, scale, None))
    check(lib.rootvm_load_path(vm, sys.argv[2].encode()))
    arg = Value(tag=I64)
    arg.of.i64 = 10
    result = Value()
    n = ctypes.c_size_t(0)
    check(lib.rootvm_call(vm, b"callback", b"compute", ctypes.byref(arg), 1, ctypes.byref(result), 1, ctypes.byref(n)))
    lib.rootvm_free(vm)
    if n.value != 1 or result.tag != I64 or result.of.i64 != 135:
        raise SystemExit(f"wrong result: {result.of.i64}")
    print(f"Python host: compute(10) = {result.of.i64} OK")


if __name__ == "__main__":
    main()
