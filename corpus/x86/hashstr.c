#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* an open-addressing string hash map (FNV-1a) that grows, counting words */
struct entry { char *key; int count; };
struct map { struct entry *slots; size_t cap, len; };
static unsigned long fnv1a(const char *s) { unsigned long h = 14695981039346656037ul; while (*s) { h ^= (unsigned char)*s++; h *= 1099511628211ul; } return h; }
static char *dup(const char *s) { size_t n = strlen(s) + 1; char *d = malloc(n); memcpy(d, s, n); return d; }
static void put(struct map *m, const char *key, int add);
static void grow(struct map *m) {
    struct entry *old = m->slots; size_t oc = m->cap;
    m->cap = oc ? oc * 2 : 8; m->slots = calloc(m->cap, sizeof *m->slots); m->len = 0;
    for (size_t i = 0; i < oc; i++) if (old[i].key) { put(m, old[i].key, old[i].count); free(old[i].key); }
    free(old);
}
static void put(struct map *m, const char *key, int add) {
    if ((m->len + 1) * 4 > m->cap * 3) grow(m);
    size_t i = fnv1a(key) & (m->cap - 1);
    while (m->slots[i].key && strcmp(m->slots[i].key, key) != 0) i = (i + 1) & (m->cap - 1);
    if (!m->slots[i].key) { m->slots[i].key = dup(key); m->len++; }
    m->slots[i].count += add;
}
static int get(struct map *m, const char *key) {
    if (!m->cap) return 0;
    size_t i = fnv1a(key) & (m->cap - 1);
    while (m->slots[i].key) { if (!strcmp(m->slots[i].key, key)) return m->slots[i].count; i = (i + 1) & (m->cap - 1); }
    return 0;
}
static const char *syll[] = {"ka", "lo", "mi", "nu", "pe", "ra", "si", "to"};
int main(void) {
    struct map m = {0, 0, 0};
    unsigned s = 2024; char word[32];
    for (int i = 0; i < 3000; i++) {
        s = s * 1103515245u + 12345u; int parts = 1 + (s >> 28) % 3; word[0] = 0;
        for (int p = 0; p < parts; p++) { s = s * 1103515245u + 12345u; strcat(word, syll[(s >> 20) & 7]); }
        put(&m, word, 1);
    }
    printf("distinct %zu cap %zu\n", m.len, m.cap);
    printf("ka=%d lomi=%d rasito=%d zz=%d\n", get(&m, "ka"), get(&m, "lomi"), get(&m, "rasito"), get(&m, "zz"));
    int best = 0; const char *bw = "";
    for (size_t i = 0; i < m.cap; i++) if (m.slots[i].key && (m.slots[i].count > best || (m.slots[i].count == best && strcmp(m.slots[i].key, bw) < 0))) { best = m.slots[i].count; bw = m.slots[i].key; }
    printf("most common %s x%d\n", bw, best);
    unsigned long check = 0;
    for (size_t i = 0; i < m.cap; i++) if (m.slots[i].key) check += fnv1a(m.slots[i].key) * (unsigned long)m.slots[i].count;
    printf("check %lu\n", check);
    for (size_t i = 0; i < m.cap; i++) free(m.slots[i].key);
    free(m.slots);
    return 0;
}
