#include <stdio.h>
typedef int (*binop)(int, int);
static int add(int a, int b) { return a + b; }
static int mul(int a, int b) { return a * b; }
static int sub(int a, int b) { return a - b; }
static binop table[3] = { add, mul, sub };
static int fold(binop f, const int *v, int n, int init) { for (int i = 0; i < n; i++) init = f(init, v[i]); return init; }
static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }
static void isort(int *v, int n, int (*cmp)(const void *, const void *)) {
    for (int i = 1; i < n; i++) for (int j = i; j > 0 && cmp(&v[j - 1], &v[j]) > 0; j--) { int t = v[j]; v[j] = v[j - 1]; v[j - 1] = t; }
}
int main(void) {
    int v[5] = {3, 1, 4, 1, 5};
    for (int i = 0; i < 3; i++) printf("%d ", fold(table[i], v, 5, i == 1 ? 1 : 0));
    printf("\n");
    isort(v, 5, cmp_int);
    for (int i = 0; i < 5; i++) printf("%d", v[i]);
    printf("\n");
    return 0;
}
