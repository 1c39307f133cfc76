#include <stdio.h>
#include <string.h>
/* byte loops: histogram, case conversion, xor cipher, counting, reversing */
static char text[] = "The quick brown fox jumps over the lazy dog; PACK MY BOX WITH FIVE DOZEN LIQUOR JUGS! 0123456789 "
                     "Sphinx of black quartz, judge my vow. How vexingly quick daft zebras jump.";
static unsigned char buf[4096];
int main(void) {
    int n = (int)strlen(text);
    int hist[256] = {0};
    for (int i = 0; i < n; i++) hist[(unsigned char)text[i]]++;
    for (int c = 'a'; c <= 'z'; c++) printf("%d", hist[c] + hist[c - 32]);
    printf("\n");
    char up[256], low[256];
    for (int i = 0; i <= n; i++) { char c = text[i]; up[i] = (c >= 'a' && c <= 'z') ? c - 32 : c; low[i] = (c >= 'A' && c <= 'Z') ? c + 32 : c; }
    printf("%s\n%s\n", up, low);
    for (int i = 0; i < 4096; i++) buf[i] = (unsigned char)(i * 7 + (i >> 3));
    for (int i = 0; i < 4096; i++) buf[i] ^= (unsigned char)(0x5A + i);
    unsigned sum = 0, zeros = 0, hi = 0;
    for (int i = 0; i < 4096; i++) { sum += buf[i]; zeros += buf[i] == 0; hi += buf[i] >= 128; }
    printf("%u %u %u\n", sum, zeros, hi);
    for (int i = 0, j = n - 1; i < j; i++, j--) { char t = text[i]; text[i] = text[j]; text[j] = t; }
    printf("%s\n", text);
    unsigned char sat[64];
    for (int i = 0; i < 64; i++) { int v = buf[i] + buf[i + 64]; sat[i] = v > 255 ? 255 : (unsigned char)v; }
    unsigned s2 = 0; for (int i = 0; i < 64; i++) s2 = s2 * 31 + sat[i];
    unsigned char avg[64];
    for (int i = 0; i < 64; i++) avg[i] = (unsigned char)((buf[i] + buf[i + 100] + 1) >> 1);
    for (int i = 0; i < 64; i++) s2 += avg[i] * (i + 1);
    printf("%u\n", s2);
    int spaces = 0, vowels = 0;
    for (int i = 0; i < n; i++) { spaces += text[i] == ' '; vowels += strchr("aeiouAEIOU", text[i]) != 0 && text[i]; }
    printf("%d %d\n", spaces, vowels);
    return 0;
}
