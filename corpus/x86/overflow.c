#include <stdio.h>
/* Unbounded recursion: natively a SIGSEGV on the stack guard page; lifted, a trap. */
static long deep(long n) { volatile char pad[512]; pad[0] = (char)n; return n == 0 ? pad[0] : deep(n - 1) + pad[0]; }
int main(void) { printf("start\n"); fflush(stdout); printf("%ld\n", deep(1000000)); return 0; }
