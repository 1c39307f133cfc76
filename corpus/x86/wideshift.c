#include <stdio.h>
#include <stdint.h>
/* 128-bit shifts by variable counts (shld/shrd), 128-bit add/sub with carries, and 64-bit
   rotates through unions of halves */
typedef unsigned __int128 u128;
static volatile int counts[] = {0, 1, 7, 31, 32, 33, 63, 64, 65, 100, 127};
static void show(const char *tag, u128 v) { printf("%s %016llx%016llx\n", tag, (unsigned long long)(v >> 64), (unsigned long long)v); }
static u128 rotl128(u128 v, int n) { n &= 127; return n ? (v << n) | (v >> (128 - n)) : v; }
int main(void) {
    u128 v = ((u128)0x0123456789ABCDEFull << 64) | 0xFEDCBA9876543210ull;
    __int128 s = -(__int128)v;
    for (unsigned i = 0; i < sizeof counts / sizeof counts[0]; i++) {
        int n = counts[i];
        printf("%3d ", n); show("shl", v << n);
        printf("%3d ", n); show("shr", v >> n);
        printf("%3d ", n); show("sar", (u128)(s >> n));
        printf("%3d ", n); show("rol", rotl128(v, n));
    }
    u128 acc = 0;
    for (int i = 0; i < 200; i++) { acc += v; acc -= (u128)i << 70; acc ^= acc >> 3; }
    show("acc", acc);
    uint64_t hi = 0x8000000000000001ull, lo = 3;
    for (int i = 0; i < 5; i++) { uint64_t nhi = (hi << 1) | (lo >> 63); lo = (lo << 1) | (hi >> 63); hi = nhi; printf("%016llx%016llx\n", (unsigned long long)hi, (unsigned long long)lo); }
    return 0;
}
