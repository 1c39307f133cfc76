#include <stdio.h>
#include <stdlib.h>
#include <string.h>
struct entry { char *key; int value; struct entry *next; };
static struct entry *buckets[64];
static unsigned hash(const char *s) { unsigned h = 0; while (*s) h = h * 31 + (unsigned char)*s++; return h; }
static void put(const char *k, int v) {
    unsigned b = hash(k) % 64;
    for (struct entry *e = buckets[b]; e; e = e->next) if (!strcmp(e->key, k)) { e->value = v; return; }
    struct entry *e = malloc(sizeof *e);
    e->key = malloc(strlen(k) + 1); strcpy(e->key, k); e->value = v; e->next = buckets[b]; buckets[b] = e;
}
static int get(const char *k) { for (struct entry *e = buckets[hash(k) % 64]; e; e = e->next) if (!strcmp(e->key, k)) return e->value; return -1; }
int main(void) {
    char key[32];
    for (int i = 0; i < 500; i++) { snprintf(key, sizeof key, "key%d", i * 7); put(key, i); }
    put("key14", 9999);
    int found = 0;
    for (int i = 0; i < 4000; i++) { snprintf(key, sizeof key, "key%d", i); if (get(key) >= 0) found++; }
    printf("%d %d %d %d\n", found, get("key14"), get("key21"), get("nope"));
    return 0;
}
