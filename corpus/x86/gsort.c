#include <stdio.h>
#include <string.h>
/* a generic qsort-like sort and bsearch with function-pointer comparators over ints, doubles, strings and structs */
typedef int (*cmp_fn)(const void *, const void *);
static void swap_bytes(char *a, char *b, size_t size) { while (size--) { char t = *a; *a++ = *b; *b++ = t; } }
static void gsort(void *base, size_t n, size_t size, cmp_fn cmp) {
    char *b = base;
    if (n < 2) return;
    if (n < 8) {
        for (size_t i = 1; i < n; i++)
            for (size_t j = i; j > 0 && cmp(b + (j - 1) * size, b + j * size) > 0; j--) swap_bytes(b + (j - 1) * size, b + j * size, size);
        return;
    }
    swap_bytes(b, b + (n / 2) * size, size);
    size_t last = 0;
    for (size_t i = 1; i < n; i++) if (cmp(b + i * size, b) < 0) swap_bytes(b + ++last * size, b + i * size, size);
    swap_bytes(b, b + last * size, size);
    gsort(b, last, size, cmp);
    gsort(b + (last + 1) * size, n - last - 1, size, cmp);
}
static void *gsearch(const void *key, const void *base, size_t n, size_t size, cmp_fn cmp) {
    size_t lo = 0, hi = n;
    while (lo < hi) { size_t mid = lo + (hi - lo) / 2; int c = cmp(key, (const char *)base + mid * size); if (c == 0) return (char *)base + mid * size; if (c < 0) hi = mid; else lo = mid + 1; }
    return 0;
}
static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_dbl(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }
struct person { char name[12]; int age; double score; };
static int cmp_person(const void *a, const void *b) {
    const struct person *p = a, *q = b;
    if (p->age != q->age) return p->age - q->age;
    return strcmp(p->name, q->name);
}
int main(void) {
    int v[200]; unsigned s = 7;
    for (int i = 0; i < 200; i++) { s = s * 1664525u + 1013904223u; v[i] = (int)(s >> 16) % 1000 - 500; }
    gsort(v, 200, sizeof v[0], cmp_int);
    for (int i = 0; i < 200; i += 20) printf("%d ", v[i]);
    printf("\n");
    int key = v[77]; int *hit = gsearch(&key, v, 200, sizeof v[0], cmp_int);
    printf("found %d at %d\n", key, hit ? (int)(hit - v) : -1);
    gsort(v, 200, sizeof v[0], cmp_int_desc);
    printf("%d %d %d\n", v[0], v[100], v[199]);
    double d[50]; for (int i = 0; i < 50; i++) d[i] = (i * 37 % 50) / 3.0 - 5;
    gsort(d, 50, sizeof d[0], cmp_dbl);
    printf("%.4f %.4f %.4f\n", d[0], d[25], d[49]);
    const char *words[] = {"pear", "apple", "fig", "banana", "cherry", "kiwi", "date", "grape", "lemon", "mango", "apricot"};
    gsort(words, 11, sizeof words[0], cmp_str);
    for (int i = 0; i < 11; i++) printf("%s%c", words[i], i == 10 ? '\n' : ',');
    const char *k = "kiwi"; const char **w = gsearch(&k, words, 11, sizeof words[0], cmp_str);
    printf("kiwi at %d\n", w ? (int)(w - words) : -1);
    struct person ps[] = {{"zoe", 30, 1.5}, {"adam", 25, 2.5}, {"eve", 30, 3.0}, {"bob", 25, 0.5}, {"carl", 41, 9.0}, {"dora", 19, 4.0}, {"ann", 30, 7.0}, {"ivy", 25, 5.5}, {"max", 19, 6.5}};
    gsort(ps, 9, sizeof ps[0], cmp_person);
    for (int i = 0; i < 9; i++) printf("%s:%d:%.1f ", ps[i].name, ps[i].age, ps[i].score);
    printf("\n");
    cmp_fn table[] = {cmp_int, cmp_int_desc};
    int small[] = {5, 3, 9, 1, 7};
    for (int t = 0; t < 2; t++) { gsort(small, 5, sizeof(int), table[t]); for (int i = 0; i < 5; i++) printf("%d", small[i]); printf("\n"); }
    return 0;
}
