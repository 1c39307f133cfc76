/* rootvm x86 runtime: memory and string functions, the heap, exit and the entry point.
   Compiled by scripts/record_x86_corpus.sh into runtime.o, which frontend-x86 lifts and links
   with every program. Host services come through the __rootvm_* functions (std imports). */
typedef unsigned long size_t;

extern void __rootvm_exit(int status);
extern int __rootvm_arg_count(void);
extern int __rootvm_arg_len(int i);
extern int __rootvm_arg_byte(int i, int j);
extern char __rootvm_heap_start[];
extern char __rootvm_heap_end[];

void exit(int status) { __rootvm_exit(status); for (;;) {} }
void _exit(int status) { __rootvm_exit(status); for (;;) {} }
void abort(void) { __rootvm_exit(134); for (;;) {} }

void *memcpy(void *d, const void *s, size_t n) {
    unsigned char *dp = d; const unsigned char *sp = s;
    while (n--) *dp++ = *sp++;
    return d;
}
void *memmove(void *d, const void *s, size_t n) {
    unsigned char *dp = d; const unsigned char *sp = s;
    if (dp < sp) { while (n--) *dp++ = *sp++; }
    else { dp += n; sp += n; while (n--) *--dp = *--sp; }
    return d;
}
void *memset(void *d, int c, size_t n) {
    unsigned char *dp = d;
    while (n--) *dp++ = (unsigned char)c;
    return d;
}
int memcmp(const void *a, const void *b, size_t n) {
    const unsigned char *x = a, *y = b;
    for (; n; n--, x++, y++) if (*x != *y) return *x - *y;
    return 0;
}
size_t strlen(const char *s) { size_t n = 0; while (s[n]) n++; return n; }
int strcmp(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return (unsigned char)*a - (unsigned char)*b;
}
int strncmp(const char *a, const char *b, size_t n) {
    for (; n; n--, a++, b++) { if (*a != *b || !*a) return (unsigned char)*a - (unsigned char)*b; }
    return 0;
}
char *strcpy(char *d, const char *s) { char *r = d; while ((*d++ = *s++)) {} return r; }
char *stpcpy(char *d, const char *s) { while ((*d = *s++)) d++; return d; }
char *strncpy(char *d, const char *s, size_t n) {
    size_t i = 0;
    for (; i < n && s[i]; i++) d[i] = s[i];
    for (; i < n; i++) d[i] = 0;
    return d;
}
char *strcat(char *d, const char *s) { strcpy(d + strlen(d), s); return d; }
char *strncat(char *d, const char *s, size_t n) {
    char *e = d + strlen(d);
    while (n-- && *s) *e++ = *s++;
    *e = 0;
    return d;
}
char *strrchr(const char *s, int c) {
    const char *hit = 0;
    do { if (*s == (char)c) hit = s; } while (*s++);
    return (char *)hit;
}
void *memchr(const void *p, int c, size_t n) {
    const unsigned char *b = p;
    for (; n; n--, b++) if (*b == (unsigned char)c) return (void *)b;
    return 0;
}
char *strchr(const char *s, int c) {
    for (;; s++) { if (*s == (char)c) return (char *)s; if (!*s) return 0; }
}

/* The heap: blocks with an 16-byte header (size, free flag), first fit, coalescing on free. */
typedef struct block { size_t size; size_t free; } block;
static char *heap_top;

static block *next_block(block *b) { return (block *)((char *)(b + 1) + b->size); }

void *malloc(size_t n) {
    if (!heap_top) heap_top = __rootvm_heap_start;
    n = (n + 15) & ~(size_t)15;
    if (n == 0) n = 16;
    for (block *b = (block *)__rootvm_heap_start; (char *)b < heap_top; b = next_block(b)) {
        if (b->free && b->size >= n) {
            if (b->size >= n + 2 * sizeof(block)) {
                block *rest = (block *)((char *)(b + 1) + n);
                rest->size = b->size - n - sizeof(block);
                rest->free = 1;
                b->size = n;
            }
            b->free = 0;
            return b + 1;
        }
    }
    if ((size_t)(__rootvm_heap_end - heap_top) < n + sizeof(block)) return 0;
    block *b = (block *)heap_top;
    b->size = n;
    b->free = 0;
    heap_top += n + sizeof(block);
    return b + 1;
}
void free(void *p) {
    if (!p) return;
    block *b = (block *)p - 1;
    b->free = 1;
    block *n = next_block(b);
    while ((char *)n < heap_top && n->free) { b->size += n->size + sizeof(block); n = next_block(b); }
}
void *calloc(size_t a, size_t b) {
    size_t n = a * b;
    if (b && n / b != a) return 0;
    void *p = malloc(n);
    if (p) memset(p, 0, n);
    return p;
}
void *realloc(void *p, size_t n) {
    if (!p) return malloc(n);
    block *b = (block *)p - 1;
    if (b->size >= n) return p;
    void *q = malloc(n);
    if (q) { memcpy(q, p, b->size); free(p); }
    return q;
}

int atoi(const char *s) {
    int neg = 0, v = 0;
    while (*s == ' ') s++;
    if (*s == '-' || *s == '+') neg = *s++ == '-';
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return neg ? -v : v;
}
long atol(const char *s) {
    int neg = 0; long v = 0;
    while (*s == ' ') s++;
    if (*s == '-' || *s == '+') neg = *s++ == '-';
    while (*s >= '0' && *s <= '9') v = v * 10 + (*s++ - '0');
    return neg ? -v : v;
}
int abs(int x) { return x < 0 ? -x : x; }
long labs(long x) { return x < 0 ? -x : x; }


static int digit_of(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}
unsigned long strtoul(const char *s, char **end, int base) {
    const char *p = s;
    while (*p == ' ' || *p == '\t' || *p == '\n') p++;
    int neg = 0;
    if (*p == '-' || *p == '+') neg = *p++ == '-';
    if ((base == 0 || base == 16) && p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) { p += 2; base = 16; }
    else if (base == 0 && p[0] == '0') base = 8;
    else if (base == 0) base = 10;
    unsigned long v = 0;
    const char *start = p;
    while (digit_of(*p) < base) v = v * (unsigned long)base + (unsigned long)digit_of(*p++);
    if (end) *end = (char *)(p == start ? s : p);
    return neg ? -v : v;
}
long strtol(const char *s, char **end, int base) { return (long)strtoul(s, end, base); }
long long strtoll(const char *s, char **end, int base) { return (long long)strtoul(s, end, base); }
unsigned long long strtoull(const char *s, char **end, int base) { return strtoul(s, end, base); }
int __popcountdi2(unsigned long x) { int n = 0; while (x) { n += (int)(x & 1); x >>= 1; } return n; }
int __popcountsi2(unsigned x) { int n = 0; while (x) { n += (int)(x & 1); x >>= 1; } return n; }
