/* A C library lifted from x86 that writes into the byte buffer (ptr, len) it is given. */
long fill_squares(unsigned char *buf, long len, long start) {
    for (long i = 0; i < len; i++) {
        buf[i] = (unsigned char)(start + i * i);
    }
    return len;
}

long upcase(unsigned char *buf, long len) {
    long changed = 0;
    for (long i = 0; i < len; i++) {
        if (buf[i] >= 'a' && buf[i] <= 'z') {
            buf[i] -= 32;
            changed++;
        }
    }
    return changed;
}

long reverse(unsigned char *buf, long len) {
    for (long i = 0, j = len - 1; i < j; i++, j--) {
        unsigned char t = buf[i];
        buf[i] = buf[j];
        buf[j] = t;
    }
    return len;
}
