#include <stdio.h>
#include <stdlib.h>
/* singly and doubly linked lists on malloc: push, reverse, merge sort, remove, free */
struct node { int value; struct node *next; };
static struct node *push(struct node *head, int v) { struct node *n = malloc(sizeof *n); n->value = v; n->next = head; return n; }
static struct node *reverse(struct node *h) { struct node *prev = 0; while (h) { struct node *n = h->next; h->next = prev; prev = h; h = n; } return prev; }
static struct node *merge(struct node *a, struct node *b) {
    struct node head, *t = &head;
    while (a && b) { if (a->value <= b->value) { t->next = a; a = a->next; } else { t->next = b; b = b->next; } t = t->next; }
    t->next = a ? a : b;
    return head.next;
}
static struct node *msort(struct node *h) {
    if (!h || !h->next) return h;
    struct node *slow = h, *fast = h->next;
    while (fast && fast->next) { slow = slow->next; fast = fast->next->next; }
    struct node *b = slow->next; slow->next = 0;
    return merge(msort(h), msort(b));
}
static struct node *remove_if(struct node *h, int (*pred)(int)) {
    struct node **pp = &h;
    while (*pp) { if (pred((*pp)->value)) { struct node *d = *pp; *pp = d->next; free(d); } else pp = &(*pp)->next; }
    return h;
}
static int is_odd(int v) { return v & 1; }
static int over_900(int v) { return v > 900; }
static void print(const char *tag, struct node *h) { printf("%s:", tag); int n = 0; for (; h && n < 15; h = h->next, n++) printf(" %d", h->value); printf("%s\n", h ? " ..." : ""); }
static int length(struct node *h) { int n = 0; while (h) { n++; h = h->next; } return n; }
struct dnode { struct dnode *prev, *next; long key; };
int main(void) {
    struct node *h = 0;
    unsigned s = 99;
    for (int i = 0; i < 500; i++) { s = s * 69069u + 1; h = push(h, (int)(s % 1000)); }
    print("raw", h);
    h = reverse(h); print("rev", h);
    h = msort(h); print("sorted", h);
    h = remove_if(h, is_odd); h = remove_if(h, over_900);
    print("even<=900", h); printf("len %d\n", length(h));
    while (h) { struct node *n = h->next; free(h); h = n; }
    struct dnode sentinel = {&sentinel, &sentinel, 0};
    for (long k = 1; k <= 20; k++) { struct dnode *d = malloc(sizeof *d); d->key = k * k; d->prev = sentinel.prev; d->next = &sentinel; sentinel.prev->next = d; sentinel.prev = d; }
    for (struct dnode *d = sentinel.next; d != &sentinel;) { struct dnode *n = d->next; if (d->key % 3 == 0) { d->prev->next = d->next; d->next->prev = d->prev; free(d); } d = n; }
    long sum = 0; for (struct dnode *d = sentinel.prev; d != &sentinel; d = d->prev) { sum = sum * 3 + d->key; printf("%ld ", d->key); }
    printf("\nsum %ld\n", sum);
    return 0;
}
