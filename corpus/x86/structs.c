#include <stdio.h>
struct point { int x, y; };
struct rect { struct point a, b; const char *name; };
static int area(const struct rect *r) { return (r->b.x - r->a.x) * (r->b.y - r->a.y); }
static struct point add(struct point p, struct point q) { struct point r = { p.x + q.x, p.y + q.y }; return r; }
struct big { long v[6]; };
static struct big make(long s) { struct big b; for (int i = 0; i < 6; i++) b.v[i] = s * i; return b; }
struct node { int val; struct node *next; };
int main(void) {
    struct rect r = { {1, 2}, {11, 7}, "box" };
    printf("%s %d\n", r.name, area(&r));
    struct point p = add(r.a, r.b);
    printf("%d %d\n", p.x, p.y);
    struct big b = make(7);
    printf("%ld %ld\n", b.v[1], b.v[5]);
    struct node n3 = {3, 0}, n2 = {2, &n3}, n1 = {1, &n2};
    int s = 0;
    for (struct node *n = &n1; n; n = n->next) s = s * 10 + n->val;
    printf("%d\n", s);
    return 0;
}
