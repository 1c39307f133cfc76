#include <stdio.h>
int main(void) {
    int i = 0, found = -1;
    int grid[5][5];
    for (int r = 0; r < 5; r++) for (int c = 0; c < 5; c++) grid[r][c] = r * 5 + c * c;
    for (int r = 0; r < 5; r++) for (int c = 0; c < 5; c++) if (grid[r][c] == 19) { found = r * 10 + c; goto done; }
done:
    printf("found %d\n", found);
again:
    i++;
    if (i < 10) goto again;
    printf("i %d\n", i);
    return 0;
}
