#include <stdio.h>
#include <stdint.h>
/* a small stack-machine interpreter: a switch-table dispatch loop running a few programs */
enum { PUSH, ADD, SUB, MUL, DIVI, DUP, SWAP, OVER, DROP, JZ, JMP, LOAD, STORE, PRINT, HALT, LT, NEG, INC };
static int64_t run(const int32_t *code, int trace) {
    int64_t stack[64], vars[8] = {0}; int sp = 0, pc = 0; long steps = 0;
    for (;;) {
        int32_t op = code[pc++]; steps++;
        switch (op) {
        case PUSH: stack[sp++] = code[pc++]; break;
        case ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case DIVI: sp--; stack[sp - 1] = stack[sp] ? stack[sp - 1] / stack[sp] : 0; break;
        case DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case SWAP: { int64_t t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
        case OVER: stack[sp] = stack[sp - 2]; sp++; break;
        case DROP: sp--; break;
        case JZ: { int32_t t = code[pc++]; if (!stack[--sp]) pc = t; break; }
        case JMP: pc = code[pc]; break;
        case LOAD: stack[sp++] = vars[code[pc++]]; break;
        case STORE: vars[code[pc++]] = stack[--sp]; break;
        case PRINT: if (trace) printf("%lld ", (long long)stack[sp - 1]); break;
        case LT: sp--; stack[sp - 1] = stack[sp - 1] < stack[sp]; break;
        case NEG: stack[sp - 1] = -stack[sp - 1]; break;
        case INC: stack[sp - 1]++; break;
        case HALT: if (trace) printf("[%ld steps]\n", steps); return sp ? stack[sp - 1] : 0;
        default: printf("bad op %d\n", op); return -1;
        }
    }
}
int main(void) {
    /* factorial of 20 */
    const int32_t fact[] = {PUSH, 1, STORE, 0, PUSH, 1, STORE, 1, LOAD, 1, PUSH, 21, LT, JZ, 26, LOAD, 0, LOAD, 1, MUL, STORE, 0, LOAD, 1, INC, STORE, 1, JMP, 8, LOAD, 0, HALT};
    int32_t f2[sizeof fact / sizeof *fact]; for (unsigned i = 0; i < sizeof fact / sizeof *fact; i++) f2[i] = fact[i];
    f2[14] = 29;
    printf("20! = %lld\n", (long long)run(f2, 1));
    /* fibonacci numbers below 10^12, printed */
    const int32_t fib[] = {PUSH, 0, PUSH, 1, PRINT, DUP, PUSH, 1000000, DUP, MUL, PUSH, 1000000, MUL, LT, JZ, 22, SWAP, OVER, ADD, JMP, 4, HALT, HALT};
    printf("\nfib last %lld\n", (long long)run(fib, 1));
    /* a count-down loop of 100000 iterations with arithmetic */
    const int32_t loop[] = {PUSH, 100000, STORE, 0, PUSH, 0, STORE, 1, LOAD, 0, JZ, 30, LOAD, 1, LOAD, 0, PUSH, 7, MUL, ADD, PUSH, 3, DIVI, STORE, 1, LOAD, 0, PUSH, 1, SUB, STORE, 0, JMP, 8};
    int32_t l2[40]; unsigned n = sizeof loop / sizeof *loop;
    for (unsigned i = 0; i < n; i++) l2[i] = loop[i];
    l2[11] = (int32_t)n; l2[n] = LOAD; l2[n + 1] = 1; l2[n + 2] = HALT;
    l2[n - 2] = JMP; l2[n - 1] = 8;
    printf("loop %lld\n", (long long)run(l2, 0));
    const int32_t bad[] = {PUSH, 1, 99};
    printf("bad %lld\n", (long long)run(bad, 0));
    return 0;
}
