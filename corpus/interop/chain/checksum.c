/* The C end of the chain Java -> Python -> C: checksums over a byte buffer (ptr, len). */
unsigned long adler32(const unsigned char *buf, long len) {
    unsigned long a = 1, b = 0;
    for (long i = 0; i < len; i++) {
        a = (a + buf[i]) % 65521;
        b = (b + a) % 65521;
    }
    return (b << 16) | a;
}

long vowels(const unsigned char *buf, long len) {
    long n = 0;
    for (long i = 0; i < len; i++) {
        unsigned char c = buf[i] | 32;
        n += c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
    }
    return n;
}
