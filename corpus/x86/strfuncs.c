#include <stdio.h>
#include <string.h>
/* hand-written string functions: search, reverse, tokenise, integer formatting and parsing, palindromes */
static const char *find(const char *h, const char *n) {
    if (!*n) return h;
    for (; *h; h++) { const char *a = h, *b = n; while (*a && *b && *a == *b) { a++; b++; } if (!*b) return h; }
    return 0;
}
static void reverse(char *s) { for (size_t i = 0, j = strlen(s); i + 1 < j; i++, j--) { char t = s[i]; s[i] = s[j - 1]; s[j - 1] = t; } }
static char *itoa_base(long v, char *buf, int base) {
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    unsigned long u = v < 0 ? -(unsigned long)v : (unsigned long)v; char *p = buf;
    do { *p++ = digits[u % (unsigned)base]; u /= (unsigned)base; } while (u);
    if (v < 0) *p++ = '-';
    *p = 0; reverse(buf); return buf;
}
static long parse(const char *s, int *ok) {
    long v = 0; int neg = 0; *ok = 0;
    while (*s == ' ' || *s == '\t') s++;
    if (*s == '-' || *s == '+') neg = *s++ == '-';
    while (*s >= '0' && *s <= '9') { v = v * 10 + (*s++ - '0'); *ok = 1; }
    return neg ? -v : v;
}
static int is_palindrome(const char *s) {
    const char *e = s + strlen(s);
    while (s < e) {
        while (s < e && !((*s | 32) >= 'a' && (*s | 32) <= 'z')) s++;
        while (s < e && !((e[-1] | 32) >= 'a' && (e[-1] | 32) <= 'z')) e--;
        if (s < e && (*s | 32) != (e[-1] | 32)) return 0;
        if (s < e) { s++; e--; }
    }
    return 1;
}
static size_t tokenize(char *s, const char *delims, char **out, size_t max) {
    size_t n = 0;
    while (*s && n < max) {
        while (*s && strchr(delims, *s)) s++;
        if (!*s) break;
        out[n++] = s;
        while (*s && !strchr(delims, *s)) s++;
        if (*s) *s++ = 0;
    }
    return n;
}
int main(void) {
    const char *text = "needle in a haystack with another needle at the end: needle";
    int hits = 0; for (const char *p = text; (p = find(p, "needle")); p++) hits++;
    printf("hits %d first at %d missing %d\n", hits, (int)(find(text, "needle") - text), find(text, "pin") == 0);
    char buf[80];
    long nums[] = {0, 7, -42, 255, 1000000, -9223372036854775807L - 1, 9223372036854775807L};
    for (int i = 0; i < 7; i++) { printf("%s ", itoa_base(nums[i], buf, 10)); printf("%s ", itoa_base(nums[i], buf, 16)); printf("%s\n", itoa_base(nums[i], buf, 36)); }
    const char *ins[] = {"  123", "-0042x", "+9", "abc", "\t-2147483648"};
    for (int i = 0; i < 5; i++) { int ok; long v = parse(ins[i], &ok); printf("%ld:%d ", v, ok); }
    printf("\n");
    printf("%d %d %d\n", is_palindrome("A man, a plan, a canal: Panama"), is_palindrome("No lemon, no melon"), is_palindrome("lifted code"));
    char line[] = "alpha,beta;;gamma  delta,,epsilon;zeta";
    char *tok[10]; size_t n = tokenize(line, ",; ", tok, 10);
    for (size_t i = 0; i < n; i++) printf("[%s]", tok[i]);
    printf(" %zu\n", n);
    char dst[64] = "prefix:"; strncat(dst, "0123456789", 4); strcat(dst, "|"); 
    printf("%s %d %d %d\n", dst, strncmp("abcdef", "abcxyz", 3), strcmp("abc", "abd") < 0, (int)strlen(dst));
    return 0;
}
