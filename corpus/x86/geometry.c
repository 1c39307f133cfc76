#include <stdio.h>
#include <math.h>
/* structs passed and returned by value and by pointer: 2-D vectors, a polygon area, a convex hull, a bounding box */
typedef struct { double x, y; } vec;
typedef struct { vec lo, hi; int count; } box;
typedef struct { float r, g, b, a; } color;
static vec add(vec a, vec b) { return (vec){a.x + b.x, a.y + b.y}; }
static vec sub(vec a, vec b) { return (vec){a.x - b.x, a.y - b.y}; }
static double cross(vec a, vec b) { return a.x * b.y - a.y * b.x; }
static vec scale(vec a, double s) { return (vec){a.x * s, a.y * s}; }
static double area(const vec *p, int n) { double s = 0; for (int i = 0; i < n; i++) s += cross(p[i], p[(i + 1) % n]); return fabs(s) / 2; }
static box bounds(const vec *p, int n) {
    box b = {p[0], p[0], n};
    for (int i = 1; i < n; i++) { b.lo.x = fmin(b.lo.x, p[i].x); b.lo.y = p[i].y < b.lo.y ? p[i].y : b.lo.y; b.hi.x = p[i].x > b.hi.x ? p[i].x : b.hi.x; b.hi.y = p[i].y > b.hi.y ? p[i].y : b.hi.y; }
    return b;
}
static color blend(color a, color b, float t) { return (color){a.r + (b.r - a.r) * t, a.g + (b.g - a.g) * t, a.b + (b.b - a.b) * t, a.a + (b.a - a.a) * t}; }
static int hull(vec *p, int n, vec *out) {
    for (int i = 1; i < n; i++) for (int j = i; j > 0 && (p[j].x < p[j - 1].x || (p[j].x == p[j - 1].x && p[j].y < p[j - 1].y)); j--) { vec t = p[j]; p[j] = p[j - 1]; p[j - 1] = t; }
    int k = 0;
    for (int i = 0; i < n; i++) { while (k >= 2 && cross(sub(out[k - 1], out[k - 2]), sub(p[i], out[k - 2])) <= 0) k--; out[k++] = p[i]; }
    for (int i = n - 2, t = k + 1; i >= 0; i--) { while (k >= t && cross(sub(out[k - 1], out[k - 2]), sub(p[i], out[k - 2])) <= 0) k--; out[k++] = p[i]; }
    return k - 1;
}
int main(void) {
    vec pts[40]; unsigned s = 3;
    for (int i = 0; i < 40; i++) { s = s * 1103515245u + 12345u; double px = (int)((s >> 8) % 2001) / 100.0 - 10; s = s * 1103515245u + 12345u; double py = (int)((s >> 8) % 2001) / 100.0 - 10; pts[i] = (vec){px * (1 - py * py / 400), sqrt(fabs(py)) * (py < 0 ? -3 : 3)}; }
    box b = bounds(pts, 40);
    printf("box %.4f %.4f %.4f %.4f %d\n", b.lo.x, b.lo.y, b.hi.x, b.hi.y, b.count);
    vec h[80]; int k = hull(pts, 40, h);
    printf("hull %d area %.6f\n", k, area(h, k));
    vec c = {0, 0}; for (int i = 0; i < k; i++) c = add(c, h[i]); c = scale(c, 1.0 / k);
    printf("centroid %.6f %.6f\n", c.x, c.y);
    color red = {1, 0, 0, 1}, blue = {0, 0, 1, 0.5f};
    for (int i = 0; i <= 4; i++) { color m = blend(red, blue, i / 4.0f); printf("(%.3f %.3f %.3f %.3f)", m.r, m.g, m.b, m.a); }
    printf("\n");
    return k;
}
