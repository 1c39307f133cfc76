#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct node { int key; struct node *left, *right; };
static struct node *insert(struct node *t, int k) {
    if (!t) { t = malloc(sizeof *t); t->key = k; t->left = t->right = 0; return t; }
    if (k < t->key) t->left = insert(t->left, k); else t->right = insert(t->right, k);
    return t;
}
static int height(struct node *t) { if (!t) return 0; int l = height(t->left), r = height(t->right); return 1 + (l > r ? l : r); }
static void walk(struct node *t, long *sum) { if (t) { walk(t->left, sum); *sum = *sum * 3 + t->key; walk(t->right, sum); } }
static void drop(struct node *t) { if (t) { drop(t->left); drop(t->right); free(t); } }
int main(void) {
    struct node *t = 0;
    unsigned x = 12345;
    for (int i = 0; i < 200; i++) { x = x * 1103515245u + 12345u; t = insert(t, (int)(x >> 16) % 1000); }
    long sum = 0;
    walk(t, &sum);
    printf("height %d sum %ld\n", height(t), sum);
    drop(t);
    int *v = calloc(100, sizeof(int));
    for (int i = 0; i < 100; i++) v[i] += i;
    v = realloc(v, 1000 * sizeof(int));
    for (int i = 100; i < 1000; i++) v[i] = i;
    long s = 0;
    for (int i = 0; i < 1000; i++) s += v[i];
    printf("%ld\n", s);
    char *str = malloc(20);
    strcpy(str, "on the heap");
    printf("%s\n", str);
    free(str); free(v);
    return 0;
}
