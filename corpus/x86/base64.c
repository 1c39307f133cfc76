#include <stdio.h>
#include <string.h>
/* base64 and hex encoding and decoding with a lookup table and a reverse table */
static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static size_t encode(const unsigned char *in, size_t n, char *out) {
    size_t o = 0, i = 0;
    for (; i + 3 <= n; i += 3) {
        unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8 | in[i + 2];
        out[o++] = alphabet[v >> 18]; out[o++] = alphabet[(v >> 12) & 63]; out[o++] = alphabet[(v >> 6) & 63]; out[o++] = alphabet[v & 63];
    }
    if (n - i == 1) { unsigned v = (unsigned)in[i] << 16; out[o++] = alphabet[v >> 18]; out[o++] = alphabet[(v >> 12) & 63]; out[o++] = '='; out[o++] = '='; }
    else if (n - i == 2) { unsigned v = (unsigned)in[i] << 16 | (unsigned)in[i + 1] << 8; out[o++] = alphabet[v >> 18]; out[o++] = alphabet[(v >> 12) & 63]; out[o++] = alphabet[(v >> 6) & 63]; out[o++] = '='; }
    out[o] = 0; return o;
}
static signed char rev[256];
static long decode(const char *in, unsigned char *out) {
    size_t n = strlen(in), o = 0;
    if (n % 4) return -1;
    for (size_t i = 0; i < n; i += 4) {
        int a = rev[(unsigned char)in[i]], b = rev[(unsigned char)in[i + 1]];
        int c = in[i + 2] == '=' ? 0 : rev[(unsigned char)in[i + 2]], d = in[i + 3] == '=' ? 0 : rev[(unsigned char)in[i + 3]];
        if (a < 0 || b < 0 || c < 0 || d < 0) return -(long)i - 2;
        unsigned v = (unsigned)a << 18 | (unsigned)b << 12 | (unsigned)c << 6 | (unsigned)d;
        out[o++] = (unsigned char)(v >> 16);
        if (in[i + 2] != '=') out[o++] = (unsigned char)(v >> 8);
        if (in[i + 3] != '=') out[o++] = (unsigned char)v;
    }
    return (long)o;
}
static void hex(const unsigned char *p, size_t n, char *out) { static const char h[] = "0123456789abcdef"; for (size_t i = 0; i < n; i++) { out[2 * i] = h[p[i] >> 4]; out[2 * i + 1] = h[p[i] & 15]; } out[2 * n] = 0; }
int main(void) {
    memset(rev, -1, sizeof rev);
    for (int i = 0; i < 64; i++) rev[(unsigned char)alphabet[i]] = (signed char)i;
    const char *msgs[] = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Lifted x86 code runs in a sandbox."};
    char enc[128]; unsigned char dec[128]; char hx[256];
    for (int i = 0; i < 8; i++) {
        size_t n = strlen(msgs[i]); encode((const unsigned char *)msgs[i], n, enc);
        long m = decode(enc, dec); dec[m < 0 ? 0 : m] = 0;
        hex((const unsigned char *)msgs[i], n < 8 ? n : 8, hx);
        printf("%-48s %ld %d %s\n", enc, m, strcmp((char *)dec, msgs[i]) == 0, hx);
    }
    printf("%ld %ld\n", decode("abc", dec), decode("ab!d", dec));
    unsigned char all[256]; for (int i = 0; i < 256; i++) all[i] = (unsigned char)(255 - i);
    static char big[400]; size_t n = encode(all, 256, big);
    static unsigned char back[256]; long m = decode(big, back); m += memcmp(back, all, 256) == 0;
    printf("%zu %.40s %ld\n", n, big + 100, m);
    return 0;
}
