#include <stdio.h>
#include <string.h>
#define N 8000000
static unsigned char composite[N + 1];
int main(void) {
    int count = 0;
    for (int round = 0; round < 3; round++) {
        memset(composite, 0, sizeof composite);
        count = 0;
        for (long i = 2; i <= N; i++) {
            if (!composite[i]) { count++; for (long j = i * i; j <= N; j += i) composite[j] = 1; }
        }
    }
    printf("%d\n", count);
    return 0;
}
