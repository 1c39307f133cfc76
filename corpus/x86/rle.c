#include <stdio.h>
#include <string.h>
/* run-length encoding and an LZ77-style compressor with a sliding window, round-tripped */
static size_t rle_encode(const unsigned char *in, size_t n, unsigned char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n;) { size_t j = i; while (j < n && j - i < 255 && in[j] == in[i]) j++; out[o++] = (unsigned char)(j - i); out[o++] = in[i]; i = j; }
    return o;
}
static size_t rle_decode(const unsigned char *in, size_t n, unsigned char *out) { size_t o = 0; for (size_t i = 0; i + 1 < n; i += 2) for (int k = 0; k < in[i]; k++) out[o++] = in[i + 1]; return o; }
static size_t lz_encode(const unsigned char *in, size_t n, unsigned char *out) {
    size_t o = 0, i = 0;
    while (i < n) {
        size_t best = 0, dist = 0, start = i > 255 ? i - 255 : 0;
        for (size_t j = start; j < i; j++) { size_t l = 0; while (i + l < n && l < 255 && in[j + l] == in[i + l]) l++; if (l > best) { best = l; dist = i - j; } }
        if (best >= 3) { out[o++] = 0; out[o++] = (unsigned char)dist; out[o++] = (unsigned char)best; i += best; }
        else if (in[i]) out[o++] = in[i++];
        else { out[o++] = 0; out[o++] = 0; out[o++] = 0; i++; }
    }
    return o;
}
static size_t lz_decode(const unsigned char *in, size_t n, unsigned char *out) {
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        if (in[i] == 0 && in[i + 1] == 0) { out[o++] = 0; i += 3; }
        else if (in[i] == 0) { size_t d = in[i + 1], l = in[i + 2]; for (size_t k = 0; k < l; k++, o++) out[o] = out[o - d]; i += 3; }
        else out[o++] = in[i++];
    }
    return o;
}
static unsigned char src[6000], enc[20000], dec[20000];
int main(void) {
    size_t n = 0;
    const char *phrase = "to be or not to be, that is the question; ";
    for (int r = 0; r < 60; r++) { for (int k = 0; k < r % 7; k++) src[n++] = 'z'; memcpy(src + n, phrase, strlen(phrase)); n += strlen(phrase); src[n++] = (unsigned char)('A' + r % 26); }
    for (int k = 0; k < 600; k++) src[n++] = (unsigned char)(k / 100);
    size_t e = rle_encode(src, n, enc), d = rle_decode(enc, e, dec);
    printf("rle %zu -> %zu -> %zu ok %d\n", n, e, d, d == n && memcmp(src, dec, n) == 0);
    e = lz_encode(src, n, enc);
    memset(dec, 0, sizeof dec); d = lz_decode(enc, e, dec);
    printf("lz %zu -> %zu -> %zu ok %d\n", n, e, d, d == n && memcmp(src, dec, n) == 0);
    unsigned h = 0; for (size_t i = 0; i < e; i++) h = h * 131 + enc[i];
    printf("hash %u\n", h);
    return 0;
}
