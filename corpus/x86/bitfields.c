#include <stdio.h>
#include <stdint.h>
#include <string.h>
/* bit-fields, unions and type punning through memcpy */
struct packet { unsigned version : 3; unsigned type : 5; unsigned length : 12; signed offset : 12; unsigned flag : 1; };
union word { uint32_t u; float f; uint8_t b[4]; struct { uint16_t lo, hi; } h; };
union dbl { double d; uint64_t u; };
struct __attribute__((packed)) rec { uint8_t tag; uint32_t value; uint16_t extra; };
int main(void) {
    struct packet p = {0};
    uint32_t check = 0;
    for (int i = 0; i < 40; i++) {
        p.version = (unsigned)i; p.type = (unsigned)(i * 3); p.length = (unsigned)(i * 101); p.offset = -i * 53; p.flag = (unsigned)(i & 1);
        check = check * 33 + p.version + p.type * 7 + p.length + (uint32_t)p.offset + p.flag;
    }
    printf("%u %u %u %d %u size %zu\n", p.version, p.type, p.length, p.offset, p.flag, sizeof p);
    printf("check %u\n", check);
    union word w; w.f = -1.5f;
    printf("%08x %02x%02x%02x%02x %04x %04x\n", w.u, w.b[0], w.b[1], w.b[2], w.b[3], w.h.lo, w.h.hi);
    w.u = 0x40490FDBu; printf("%.7f\n", w.f);
    union dbl d; d.d = 1.0 / 3; printf("%016llx\n", (unsigned long long)d.u);
    d.u = 0x7FF0000000000000ull; printf("%f\n", d.d);
    d.u -= 1; printf("%g\n", d.d);
    struct rec rs[3] = {{1, 0xAABBCCDDu, 7}, {2, 0x11223344u, 8}, {3, 0xFFFFFFFFu, 9}};
    uint32_t s = 0; for (int i = 0; i < 3; i++) s += rs[i].value ^ rs[i].tag ^ rs[i].extra;
    printf("packed %zu %u\n", sizeof rs, s);
    unsigned char raw[8]; double x = -2.75; memcpy(raw, &x, 8);
    for (int i = 7; i >= 0; i--) printf("%02x", raw[i]); printf("\n");
    uint64_t bits; memcpy(&bits, &x, 8); int exp = (int)((bits >> 52) & 0x7FF) - 1023;
    printf("sign %d exp %d\n", (int)(bits >> 63), exp);
    return 0;
}
