#include <stdio.h>
int main(void) {
    long sum = 0;
    for (long i = 0; i < 100000000; i++) sum += i ^ (i >> 3);
    printf("%ld\n", sum);
    return 0;
}
