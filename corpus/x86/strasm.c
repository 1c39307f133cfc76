#include <stdio.h>
#include <stdint.h>
/* string instructions and a 128-bit dividend written with inline assembly: repe cmpsb, repne scasb,
   rep stosq, lodsb, a divq whose dividend uses rdx, cmpxchg16-free xchg/xadd */
static int asm_memcmp(const void *a, const void *b, size_t n) {
    if (!n) return 0;
    const unsigned char *p = a, *q = b;
    __asm__ volatile("repe cmpsb" : "+S"(p), "+D"(q), "+c"(n) : : "memory", "cc");
    return p[-1] - q[-1];
}
static size_t asm_strlen(const char *s) {
    size_t n = (size_t)-1; const char *d = s;
    __asm__ volatile("xorl %%eax, %%eax\n\trepne scasb" : "+D"(d), "+c"(n) : : "rax", "memory", "cc");
    return ~n - 1;
}
static void asm_fill64(uint64_t *dst, uint64_t v, size_t n) { __asm__ volatile("rep stosq" : "+D"(dst), "+c"(n) : "a"(v) : "memory"); }
static uint64_t asm_divmod(uint64_t hi, uint64_t lo, uint64_t d, uint64_t *rem) {
    uint64_t q, r;
    __asm__("divq %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(d) : "cc");
    *rem = r; return q;
}
static int64_t asm_idiv(int64_t hi, uint64_t lo, int64_t d, int64_t *rem) {
    int64_t q, r;
    __asm__("idivq %4" : "=a"(q), "=d"(r) : "a"(lo), "d"(hi), "rm"(d) : "cc");
    *rem = r; return q;
}
static unsigned asm_sum_bytes(const unsigned char *p, size_t n) {
    unsigned s = 0, c;
    while (n--) { __asm__ volatile("lodsb\n\tmovzbl %%al, %0" : "=r"(c), "+S"(p) : : "rax"); s += c; }
    return s;
}
static uint32_t asm_xadd(uint32_t *p, uint32_t v) { __asm__ volatile("lock xaddl %0, %1" : "+r"(v), "+m"(*p) : : "memory", "cc"); return v; }
int main(void) {
    const char *a = "lifted machine code", *b = "lifted machine cure";
    printf("%d %d %d\n", asm_memcmp(a, b, 19) < 0, asm_memcmp(a, b, 15), asm_memcmp(b, a, 19) > 0);
    printf("%zu %zu\n", asm_strlen(a), asm_strlen(""));
    uint64_t buf[8]; asm_fill64(buf, 0x0102030405060708ull, 8);
    uint64_t x = 0; for (int i = 0; i < 8; i++) x += buf[i];
    printf("%llx\n", (unsigned long long)x);
    uint64_t r, q = asm_divmod(0x12345, 0x6789ABCDEF012345ull, 0xFEDCBA9876543ull, &r);
    printf("%llu %llu\n", (unsigned long long)q, (unsigned long long)r);
    q = asm_divmod(999999999, 0xFFFFFFFFFFFFFFFFull, 1000000000, &r);
    printf("%llu %llu\n", (unsigned long long)q, (unsigned long long)r);
    int64_t sr, sq = asm_idiv(-1, (uint64_t)-1000000000000000000ll, 7, &sr);
    printf("%lld %lld\n", (long long)sq, (long long)sr);
    sq = asm_idiv(-2, 0x8000000000000000ull, 1000000007, &sr);
    printf("%lld %lld\n", (long long)sq, (long long)sr);
    printf("%u\n", asm_sum_bytes((const unsigned char *)a, 19));
    uint32_t cell = 40; uint32_t old = asm_xadd(&cell, 2);
    printf("%u %u\n", old, cell);
    return 0;
}
