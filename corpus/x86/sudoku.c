#include <stdio.h>
/* a sudoku solver: backtracking with row/column/box bit sets */
static const char *puzzle = "530070000600195000098000060800060003400803001700020006060000280000419005000080079";
static int grid[81];
static unsigned rows[9], cols[9], boxes[9];
static long steps;
static int solve(int pos) {
    while (pos < 81 && grid[pos]) pos++;
    if (pos == 81) return 1;
    int r = pos / 9, c = pos % 9, b = (r / 3) * 3 + c / 3;
    unsigned used = rows[r] | cols[c] | boxes[b];
    for (int d = 1; d <= 9; d++) {
        unsigned bit = 1u << d;
        if (used & bit) continue;
        steps++;
        grid[pos] = d; rows[r] |= bit; cols[c] |= bit; boxes[b] |= bit;
        if (solve(pos + 1)) return 1;
        grid[pos] = 0; rows[r] &= ~bit; cols[c] &= ~bit; boxes[b] &= ~bit;
    }
    return 0;
}
int main(void) {
    for (int i = 0; i < 81; i++) {
        int d = puzzle[i] - '0'; grid[i] = d;
        if (d) { unsigned bit = 1u << d; rows[i / 9] |= bit; cols[i % 9] |= bit; boxes[(i / 27) * 3 + (i % 9) / 3] |= bit; }
    }
    if (!solve(0)) { printf("no solution\n"); return 1; }
    for (int r = 0; r < 9; r++) { for (int c = 0; c < 9; c++) printf("%d%s", grid[r * 9 + c], c % 3 == 2 && c < 8 ? "|" : ""); printf("\n"); }
    printf("steps %ld\n", steps);
    return 0;
}
