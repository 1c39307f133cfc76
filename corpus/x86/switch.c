#include <stdio.h>
static const char *name(int d) {
    switch (d) { case 0: return "zero"; case 1: return "one"; case 2: return "two"; case 3: return "three";
    case 4: return "four"; case 5: return "five"; case 6: return "six"; case 7: return "seven"; default: return "many"; }
}
static int calc(int op, int a, int b) {
    switch (op) { case '+': return a + b; case '-': return a - b; case '*': return a * b; case '/': return b ? a / b : 0;
    case '%': return b ? a % b : 0; case '&': return a & b; case '|': return a | b; case '^': return a ^ b; default: return -1; }
}
int main(void) {
    for (int i = 0; i < 10; i++) printf("%s ", name(i));
    printf("\n");
    const char *ops = "+-*/%&|^?";
    for (const char *o = ops; *o; o++) printf("%d ", calc(*o, 47, 5));
    printf("\n");
    return 0;
}
