#include <stdio.h>
#include <stdlib.h>
/* a recursive-descent expression parser and evaluator with variables and errors */
static const char *p;
static long vars[26];
static int err;
static long expr(void);
static void skip(void) { while (*p == ' ') p++; }
static long primary(void) {
    skip();
    if (*p == '(') { p++; long v = expr(); skip(); if (*p == ')') p++; else err = 1; return v; }
    if (*p == '-') { p++; return -primary(); }
    if (*p >= 'a' && *p <= 'z') return vars[*p++ - 'a'];
    if (*p >= '0' && *p <= '9') { long v = 0; while (*p >= '0' && *p <= '9') v = v * 10 + (*p++ - '0'); return v; }
    err = 2; return 0;
}
static long power(void) { long b = primary(); skip(); if (*p == '^') { p++; long e = power(); long r = 1; while (e-- > 0) r *= b; return r; } return b; }
static long term(void) {
    long v = power();
    for (;;) {
        skip(); char op = *p;
        if (op != '*' && op != '/' && op != '%') return v;
        p++; long r = power();
        if ((op == '/' || op == '%') && r == 0) { err = 3; return 0; }
        v = op == '*' ? v * r : op == '/' ? v / r : v % r;
    }
}
static long expr(void) {
    long v = term();
    for (;;) { skip(); if (*p == '+') { p++; v += term(); } else if (*p == '-') { p++; v -= term(); } else return v; }
}
static void run(const char *line) {
    p = line; err = 0;
    int assign = -1;
    if (line[0] >= 'a' && line[0] <= 'z' && line[1] == '=') { assign = line[0] - 'a'; p += 2; }
    long v = expr(); skip();
    if (*p && !err) err = 4;
    if (err) { printf("%-24s error %d at offset %d\n", line, err, (int)(p - line)); return; }
    if (assign >= 0) vars[assign] = v;
    printf("%-24s = %ld\n", line, v);
}
int main(void) {
    const char *lines[] = {"1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "x=7*6", "y=x-50", "x * y % 5", "-(-x) / 4", "10 / (y + 8)",
                           "((((1))))+(((2)))", "3 +", "4 ) 5", "z=2^62", "z+(z-1)", "100 % 7 - 100 / 7", "a+b+c"};
    for (unsigned i = 0; i < sizeof lines / sizeof *lines; i++) run(lines[i]);
    return (int)(vars['x' - 'a'] & 0xff);
}
