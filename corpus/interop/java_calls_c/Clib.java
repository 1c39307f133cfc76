// The C library `clib` seen from Java: each static native method is bound to the export of the
// same name of module `clib`; a byte[] crosses as (ptr, len) and is copied back after the call.
public class Clib {
    static native long isqrt(long n);

    static native long popcount(long x);

    static native long sum_bytes(byte[] data);

    static native void upcase(byte[] data);
}
