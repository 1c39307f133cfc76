#include <stdio.h>
#include <string.h>
int main(void) {
    char buf[256] = "";
    size_t len = 0;
    for (int i = 0; i < 10; i++) len += (size_t)sprintf(buf + len, "%d%s", i * i, i < 9 ? "," : "");
    printf("%s (%zu)\n", buf, strlen(buf));
    char small[8];
    int want = snprintf(small, sizeof small, "%s-%d", "truncated", 12345);
    printf("%s %d\n", small, want);
    char num[32];
    sprintf(num, "%08.3f|%-8x|%+5d", 3.14159, 0xbeef, 7);
    printf("%s\n", num);
    return 0;
}
