#include <stdio.h>
#include <stdlib.h>
/* malloc/free-heavy code: a binary search tree with inserts, deletes, traversal and many realloc'd arrays */
struct tree { int key; struct tree *l, *r; };
static struct tree *insert(struct tree *t, int k) {
    if (!t) { t = malloc(sizeof *t); t->key = k; t->l = t->r = 0; return t; }
    if (k < t->key) t->l = insert(t->l, k); else if (k > t->key) t->r = insert(t->r, k);
    return t;
}
static struct tree *delete(struct tree *t, int k) {
    if (!t) return 0;
    if (k < t->key) t->l = delete(t->l, k);
    else if (k > t->key) t->r = delete(t->r, k);
    else {
        if (!t->l || !t->r) { struct tree *c = t->l ? t->l : t->r; free(t); return c; }
        struct tree *m = t->r; while (m->l) m = m->l;
        t->key = m->key; t->r = delete(t->r, m->key);
    }
    return t;
}
static int height(struct tree *t) { if (!t) return 0; int a = height(t->l), b = height(t->r); return 1 + (a > b ? a : b); }
static int count(struct tree *t) { return t ? 1 + count(t->l) + count(t->r) : 0; }
static unsigned long sum_inorder(struct tree *t, unsigned long acc) { if (!t) return acc; acc = sum_inorder(t->l, acc); acc = acc * 3 + t->key; return sum_inorder(t->r, acc); }
static void free_tree(struct tree *t) { if (t) { free_tree(t->l); free_tree(t->r); free(t); } }
int main(void) {
    struct tree *root = 0; unsigned s = 77;
    for (int i = 0; i < 5000; i++) { s = s * 1103515245u + 12345u; root = insert(root, (int)(s >> 16) % 20000); }
    printf("nodes %d height %d sum %lu\n", count(root), height(root), sum_inorder(root, 0));
    for (int k = 0; k < 20000; k += 3) root = delete(root, k);
    printf("nodes %d height %d sum %lu\n", count(root), height(root), sum_inorder(root, 0));
    free_tree(root);
    long total = 0;
    for (int round = 0; round < 50; round++) {
        int *v = 0; size_t n = 0, cap = 0;
        for (int i = 0; i < 200 + round * 10; i++) { if (n == cap) { cap = cap ? cap * 2 : 4; v = realloc(v, cap * sizeof *v); } v[n++] = i * round; }
        char *strs[20];
        for (int i = 0; i < 20; i++) { strs[i] = calloc(16 + (size_t)i, 1); strs[i][0] = (char)('a' + i); }
        for (int i = 0; i < 20; i += 2) free(strs[i]);
        for (int i = 1; i < 20; i += 2) { total += strs[i][0] + strs[i][1]; free(strs[i]); }
        for (size_t i = 0; i < n; i++) total += v[i];
        free(v);
    }
    printf("total %ld\n", total);
    void *blocks[100];
    for (int i = 0; i < 100; i++) blocks[i] = malloc((size_t)(i * 37 % 500) + 1);
    for (int i = 0; i < 100; i += 3) { free(blocks[i]); blocks[i] = 0; }
    for (int i = 0; i < 100; i++) if (!blocks[i]) blocks[i] = malloc(64);
    for (int i = 0; i < 100; i++) free(blocks[i]);
    printf("done\n");
    return 0;
}
