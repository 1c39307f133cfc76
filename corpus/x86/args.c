// args: alpha beta 12345
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
int main(int argc, char **argv) {
    printf("argc %d\n", argc);
    for (int i = 1; i < argc; i++) printf("%d: %s (%zu)\n", i, argv[i], strlen(argv[i]));
    return atoi(argv[argc - 1]) % 256;
}
