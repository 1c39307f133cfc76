#include <stdlib.h>
static int cmp(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
int main(void) { int v[3] = {3, 1, 2}; qsort(v, 3, sizeof(int), cmp); return v[0]; }
