#include <stdio.h>
#include <string.h>
/* Conway's game of life on a byte grid with wrap-around */
#define W 40
#define H 20
static unsigned char cur[H][W], nxt[H][W];
int main(void) {
    const char *glider[] = {".#.", "..#", "###"};
    for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) cur[r + 1][c + 1] = glider[r][c] == '#';
    const char *pent[] = {".##", "##.", ".#."};
    for (int r = 0; r < 3; r++) for (int c = 0; c < 3; c++) cur[r + 8][c + 20] = pent[r][c] == '#';
    for (int gen = 0; gen < 60; gen++) {
        for (int r = 0; r < H; r++) for (int c = 0; c < W; c++) {
            int n = 0;
            for (int dr = -1; dr <= 1; dr++) for (int dc = -1; dc <= 1; dc++) if (dr || dc) n += cur[(r + dr + H) % H][(c + dc + W) % W];
            nxt[r][c] = n == 3 || (n == 2 && cur[r][c]);
        }
        memcpy(cur, nxt, sizeof cur);
    }
    int alive = 0;
    for (int r = 0; r < H; r++) { char line[W + 1]; for (int c = 0; c < W; c++) { line[c] = cur[r][c] ? '#' : '.'; alive += cur[r][c]; } line[W] = 0; puts(line); }
    printf("alive %d\n", alive);
    return alive;
}
