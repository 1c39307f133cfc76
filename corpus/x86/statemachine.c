#include <stdio.h>
enum state { START, NUMBER, WORD, SPACE };
int main(void) {
    const char *text = "abc 123 de45 6 fghij  78 x9y 0";
    int numbers = 0, words = 0, mixed = 0;
    enum state s = SPACE; int has_digit = 0, has_alpha = 0;
    for (const char *p = text;; p++) {
        char c = *p;
        int digit = c >= '0' && c <= '9', alpha = (c >= 'a' && c <= 'z');
        if (digit || alpha) {
            if (s == SPACE) { has_digit = has_alpha = 0; }
            has_digit |= digit; has_alpha |= alpha; s = digit ? NUMBER : WORD;
        } else {
            if (s != SPACE) { if (has_digit && has_alpha) mixed++; else if (has_digit) numbers++; else words++; }
            s = SPACE;
            if (!c) break;
        }
    }
    printf("%d numbers, %d words, %d mixed\n", numbers, words, mixed);
    return 0;
}
