#include <stdio.h>
int counter;
static int hidden = 5;
const char *messages[] = {"first", "second", "third"};
long long table[4] = {1LL << 40, -1, 0, 42};
static void bump(void) { counter += hidden++; }
int main(void) {
    for (int i = 0; i < 5; i++) bump();
    printf("%d %d\n", counter, hidden);
    for (int i = 0; i < 3; i++) printf("%s ", messages[i]);
    printf("\n%lld %lld\n", table[0] + table[1], table[3]);
    static int calls;
    calls++;
    printf("%d\n", calls);
    return counter;
}
