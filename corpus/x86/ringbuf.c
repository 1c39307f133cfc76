#include <stdio.h>
#include <stdint.h>
/* a fixed ring buffer queue, a binary min-heap priority queue and a stack of structs */
#define CAP 64
struct ring { int data[CAP]; unsigned head, tail; };
static int ring_push(struct ring *r, int v) { if (r->tail - r->head == CAP) return 0; r->data[r->tail++ % CAP] = v; return 1; }
static int ring_pop(struct ring *r, int *v) { if (r->tail == r->head) return 0; *v = r->data[r->head++ % CAP]; return 1; }
struct item { int prio; uint32_t id; };
struct heap { struct item a[512]; int n; };
static void heap_push(struct heap *h, struct item it) {
    int i = h->n++; h->a[i] = it;
    while (i > 0) { int p = (i - 1) / 2; if (h->a[p].prio <= h->a[i].prio) break; struct item t = h->a[p]; h->a[p] = h->a[i]; h->a[i] = t; i = p; }
}
static struct item heap_pop(struct heap *h) {
    struct item top = h->a[0]; h->a[0] = h->a[--h->n]; int i = 0;
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < h->n && h->a[l].prio < h->a[m].prio) m = l;
        if (r < h->n && h->a[r].prio < h->a[m].prio) m = r;
        if (m == i) break;
        struct item t = h->a[m]; h->a[m] = h->a[i]; h->a[i] = t; i = m;
    }
    return top;
}
static struct ring q;
static struct heap h;
int main(void) {
    int pushed = 0, popped = 0; long sum = 0; unsigned s = 5;
    for (int i = 0; i < 1000; i++) {
        s = s * 1664525u + 1013904223u;
        if (s >> 31) pushed += ring_push(&q, i); else { int v; if (ring_pop(&q, &v)) { popped++; sum += v; } }
    }
    printf("ring pushed %d popped %d sum %ld left %u\n", pushed, popped, sum, q.tail - q.head);
    for (uint32_t i = 0; i < 300; i++) { s = s * 1664525u + 1013904223u; heap_push(&h, (struct item){(int)(s >> 22) - 512, i}); }
    int prev = -100000, ok = 1; uint32_t ids = 0;
    for (int i = 0; i < 300; i++) { struct item it = heap_pop(&h); ok &= it.prio >= prev; prev = it.prio; ids = ids * 7 + it.id; if (i < 5) printf("(%d,%u) ", it.prio, it.id); }
    printf("\nsorted %d ids %u\n", ok, ids);
    return 0;
}
