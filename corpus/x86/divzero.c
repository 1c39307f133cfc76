#include <stdio.h>
int divide(int a, int b) { return a / b; }
int main(int argc, char **argv) {
    (void)argv;
    printf("before\n");
    fflush(stdout);
    printf("%d\n", divide(10, argc - 1));
    return 0;
}
