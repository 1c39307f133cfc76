#include <stdio.h>
/* n-queens by backtracking with bit masks, and permutations by recursion */
static int solve(int n, int row, unsigned cols, unsigned d1, unsigned d2) {
    if (row == n) return 1;
    int count = 0;
    unsigned avail = ~(cols | d1 | d2) & ((1u << n) - 1);
    while (avail) {
        unsigned bit = avail & -avail; avail ^= bit;
        count += solve(n, row + 1, cols | bit, (d1 | bit) << 1, (d2 | bit) >> 1);
    }
    return count;
}
static int board[12];
static int first(int n, int row) {
    if (row == n) return 1;
    for (int c = 0; c < n; c++) {
        int ok = 1;
        for (int r = 0; r < row && ok; r++) ok = board[r] != c && board[r] - c != row - r && c - board[r] != row - r;
        if (ok) { board[row] = c; if (first(n, row + 1)) return 1; }
    }
    return 0;
}
static int perms;
static void permute(char *s, int k, int n) {
    if (k == n) { if (perms++ < 6) printf("%s ", s); return; }
    for (int i = k; i < n; i++) { char t = s[k]; s[k] = s[i]; s[i] = t; permute(s, k + 1, n); t = s[k]; s[k] = s[i]; s[i] = t; }
}
int main(void) {
    for (int n = 1; n <= 10; n++) printf("%d:%d ", n, solve(n, 0, 0, 0, 0));
    printf("\n");
    if (first(8, 0)) { for (int r = 0; r < 8; r++) printf("%d", board[r]); printf("\n"); }
    char s[] = "abcdef"; permute(s, 0, 6); printf("\n%d\n", perms);
    return solve(6, 0, 0, 0, 0);
}
