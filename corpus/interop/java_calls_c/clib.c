/* A C library lifted from x86, called from Java (class Clib's native methods). */
long isqrt(long n) {
    long r = 0;
    while ((r + 1) * (r + 1) <= n) {
        r++;
    }
    return r;
}

long popcount(long x) {
    long n = 0;
    unsigned long u = (unsigned long)x;
    while (u) {
        n += u & 1;
        u >>= 1;
    }
    return n;
}

long sum_bytes(const unsigned char *buf, long len) {
    long s = 0;
    for (long i = 0; i < len; i++) {
        s += buf[i];
    }
    return s;
}

void upcase(unsigned char *buf, long len) {
    for (long i = 0; i < len; i++) {
        if (buf[i] >= 'a' && buf[i] <= 'z') {
            buf[i] -= 32;
        }
    }
}
