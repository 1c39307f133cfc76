#include <stdio.h>
#include <string.h>
static void reverse(char *s) { size_t n = strlen(s); for (size_t i = 0; i < n / 2; i++) { char t = s[i]; s[i] = s[n - 1 - i]; s[n - 1 - i] = t; } }
static int count_words(const char *s) { int c = 0, in = 0; for (; *s; s++) { if (*s == ' ') in = 0; else if (!in) { in = 1; c++; } } return c; }
int main(void) {
    char buf[64];
    strcpy(buf, "hello, lifted world");
    reverse(buf);
    printf("%s\n", buf);
    printf("%d %d %d\n", strcmp("abc", "abd") < 0, strcmp("b", "a") > 0, strcmp("same", "same"));
    printf("%zu %d\n", strlen(buf), count_words("  the quick  brown fox "));
    char a[32];
    memset(a, 'x', 10); a[10] = 0;
    memcpy(a + 2, "AB", 2);
    printf("%s %d\n", a, memcmp("abc", "abd", 3) < 0);
    puts("puts works");
    putchar('!'); putchar('\n');
    return 0;
}
