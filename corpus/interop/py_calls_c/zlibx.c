/* A C library lifted from x86: checksums over a byte buffer (ptr, len). */
unsigned long adler32(const unsigned char *buf, long len) {
    unsigned long a = 1, b = 0;
    for (long i = 0; i < len; i++) {
        a = (a + buf[i]) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

long count_byte(const unsigned char *buf, long len, long byte) {
    long n = 0;
    for (long i = 0; i < len; i++) {
        n += buf[i] == (unsigned char)byte;
    }
    return n;
}

unsigned long fnv1a(const unsigned char *buf, long len) {
    unsigned long h = 1469598103934665603UL;
    for (long i = 0; i < len; i++) {
        h ^= buf[i];
        h *= 1099511628211UL;
    }
    return h & 0xffffffffffUL;
}
