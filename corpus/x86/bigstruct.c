#include <stdio.h>
struct vec3 { double x, y, z; };
struct mat { struct vec3 r[3]; };
static struct vec3 cross(struct vec3 a, struct vec3 b) { struct vec3 c = { a.y * b.z - a.z * b.y, a.z * b.x - a.x * b.z, a.x * b.y - a.y * b.x }; return c; }
static struct vec3 apply(struct mat m, struct vec3 v) {
    struct vec3 o = { m.r[0].x * v.x + m.r[0].y * v.y + m.r[0].z * v.z, m.r[1].x * v.x + m.r[1].y * v.y + m.r[1].z * v.z, m.r[2].x * v.x + m.r[2].y * v.y + m.r[2].z * v.z };
    return o;
}
struct pair { int a; char b; short c; long d; };
static struct pair mk(int i) { struct pair p = { i, (char)('a' + i), (short)(i * 1000), (long)i << 40 }; return p; }
int main(void) {
    struct vec3 a = {1, 2, 3}, b = {4, 5, 6};
    struct vec3 c = cross(a, b);
    printf("%g %g %g\n", c.x, c.y, c.z);
    struct mat m = { { {0, -1, 0}, {1, 0, 0}, {0, 0, 2} } };
    struct vec3 r = apply(m, a);
    printf("%g %g %g\n", r.x, r.y, r.z);
    for (int i = 0; i < 3; i++) { struct pair p = mk(i); printf("%d %c %d %ld\n", p.a, p.b, p.c, p.d); }
    return 0;
}
