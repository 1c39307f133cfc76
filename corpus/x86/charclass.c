#include <stdio.h>
static int classify(char c) {
    switch (c) {
    case 'a': case 'e': case 'i': case 'o': case 'u': return 1;
    case '0' ... '9': return 2;
    case ' ': case '\t': case '\n': return 3;
    case '.': case ',': case ';': case '!': case '?': return 4;
    default: return (c >= 'a' && c <= 'z') ? 5 : 6;
    }
}
int main(void) {
    const char *s = "Hello, world! 42 apples; 7 oranges.\tDone?";
    int counts[7] = {0};
    for (const char *p = s; *p; p++) counts[classify(*p)]++;
    for (int i = 1; i < 7; i++) printf("%d ", counts[i]);
    printf("\n");
    char up[64]; int n = 0;
    for (const char *p = s; *p && n < 63; p++) up[n++] = (*p >= 'a' && *p <= 'z') ? (char)(*p - 32) : *p;
    up[n] = 0;
    printf("%s\n", up);
    return 0;
}
