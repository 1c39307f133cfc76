#include <stdio.h>
#include <stdlib.h>
static void check(int v) { if (v > 3) { printf("leaving with %d\n", v * 10); exit(v * 10); } }
int main(void) {
    for (int i = 0; i < 10; i++) check(i);
    return 1;
}
