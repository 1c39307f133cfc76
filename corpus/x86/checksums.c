#include <stdio.h>
#include <stdint.h>
#include <string.h>
/* table-driven crc32, adler32, fnv-1a, murmur3 finaliser and a small xorshift-based hash */
static uint32_t crc_table[256];
static void crc_init(void) { for (uint32_t i = 0; i < 256; i++) { uint32_t c = i; for (int k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320u ^ (c >> 1) : c >> 1; crc_table[i] = c; } }
static uint32_t crc32(const unsigned char *p, size_t n) { uint32_t c = 0xFFFFFFFFu; while (n--) c = crc_table[(c ^ *p++) & 0xFF] ^ (c >> 8); return c ^ 0xFFFFFFFFu; }
static uint32_t crc32_bitwise(const unsigned char *p, size_t n) { uint32_t c = ~0u; while (n--) { c ^= *p++; for (int k = 0; k < 8; k++) c = (c >> 1) ^ (0xEDB88320u & -(c & 1)); } return ~c; }
static uint32_t adler32(const unsigned char *p, size_t n) { uint32_t a = 1, b = 0; while (n--) { a = (a + *p++) % 65521; b = (b + a) % 65521; } return (b << 16) | a; }
static uint64_t fnv64(const unsigned char *p, size_t n) { uint64_t h = 0xcbf29ce484222325ull; while (n--) { h ^= *p++; h *= 0x100000001b3ull; } return h; }
static uint32_t murmur_mix(uint32_t h) { h ^= h >> 16; h *= 0x85ebca6bu; h ^= h >> 13; h *= 0xc2b2ae35u; h ^= h >> 16; return h; }
static uint32_t murmur3(const unsigned char *p, size_t n, uint32_t seed) {
    uint32_t h = seed; size_t i = 0;
    for (; i + 4 <= n; i += 4) {
        uint32_t k; memcpy(&k, p + i, 4);
        k *= 0xcc9e2d51u; k = (k << 15) | (k >> 17); k *= 0x1b873593u;
        h ^= k; h = (h << 13) | (h >> 19); h = h * 5 + 0xe6546b64u;
    }
    uint32_t k = 0;
    switch (n & 3) { case 3: k ^= (uint32_t)p[i + 2] << 16; /* fall through */ case 2: k ^= (uint32_t)p[i + 1] << 8; /* fall through */ case 1: k ^= p[i]; k *= 0xcc9e2d51u; k = (k << 15) | (k >> 17); k *= 0x1b873593u; h ^= k; }
    return murmur_mix(h ^ (uint32_t)n);
}
int main(void) {
    crc_init();
    const char *msgs[] = {"", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog", "123456789"};
    for (int i = 0; i < 6; i++) {
        const unsigned char *m = (const unsigned char *)msgs[i]; size_t n = strlen(msgs[i]);
        printf("%08x %08x %08x %016llx %08x\n", crc32(m, n), crc32_bitwise(m, n), adler32(m, n), (unsigned long long)fnv64(m, n), murmur3(m, n, 42));
    }
    static unsigned char big[100000];
    for (size_t i = 0; i < sizeof big; i++) big[i] = (unsigned char)(i * i + (i >> 5));
    printf("big: %08x %08x %016llx %08x\n", crc32(big, sizeof big), adler32(big, sizeof big), (unsigned long long)fnv64(big, sizeof big), murmur3(big, sizeof big, 7));
    return 0;
}
