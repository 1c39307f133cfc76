#include <stdio.h>
static void bubble(int *a, int n) { for (int i = 0; i < n; i++) for (int j = 0; j + 1 < n - i; j++) if (a[j] > a[j + 1]) { int t = a[j]; a[j] = a[j + 1]; a[j + 1] = t; } }
static int data[20] = {5, 3, 17, -2, 9, 0, 44, 12, 8, 1, 99, -50, 23, 7, 6, 15, 4, 2, 11, 10};
int grid[8][8];
int main(void) {
    bubble(data, 20);
    for (int i = 0; i < 20; i++) printf("%d ", data[i]);
    printf("\n");
    for (int i = 0; i < 8; i++) for (int j = 0; j < 8; j++) grid[i][j] = i * j;
    long tr = 0;
    for (int i = 0; i < 8; i++) tr += grid[i][i] + grid[i][7 - i];
    printf("trace %ld\n", tr);
    double d[5] = {1.5, 2.25, 3.125, 4.0, 5.5};
    double s = 0;
    for (int i = 0; i < 5; i++) s += d[i] * d[i];
    printf("%.4f\n", s);
    char name[16] = "lifted";
    name[0] = 'L';
    printf("%s %zu\n", name, sizeof grid);
    return 0;
}
