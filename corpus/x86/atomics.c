#include <stdio.h>
#include <stdint.h>
/* __atomic and __sync builtins (lock xadd, lock cmpxchg, xchg, lock or/and) in one thread */
static int counter;
static long total;
static unsigned flags;
static uint64_t slot;
static int spin_lock;
static int add_if_below(int *p, int add, int limit) {
    int old = __atomic_load_n(p, __ATOMIC_RELAXED);
    while (old + add < limit) if (__atomic_compare_exchange_n(p, &old, old + add, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST)) return 1;
    return 0;
}
int main(void) {
    for (int i = 0; i < 100; i++) { __atomic_fetch_add(&counter, 3, __ATOMIC_SEQ_CST); __sync_fetch_and_add(&total, (long)i * i); }
    int before = __atomic_fetch_sub(&counter, 50, __ATOMIC_SEQ_CST);
    int after = __atomic_add_fetch(&counter, 7, __ATOMIC_SEQ_CST);
    printf("%d %d %d %ld\n", before, after, counter, total);
    __atomic_fetch_or(&flags, 0x30u, __ATOMIC_SEQ_CST);
    __atomic_fetch_and(&flags, ~0x10u, __ATOMIC_SEQ_CST);
    unsigned f = __atomic_fetch_xor(&flags, 0xFFu, __ATOMIC_SEQ_CST);
    printf("%x %x\n", f, flags);
    uint64_t old = __atomic_exchange_n(&slot, 0x1122334455667788ull, __ATOMIC_SEQ_CST);
    uint64_t expect = 5;
    int ok1 = __atomic_compare_exchange_n(&slot, &expect, 9, 0, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);
    int ok2 = __sync_bool_compare_and_swap(&slot, 0x1122334455667788ull, 42);
    uint64_t prev = __sync_val_compare_and_swap(&slot, 42, 43);
    printf("%llu %d %llx %d %llu %llu\n", (unsigned long long)old, ok1, (unsigned long long)expect, ok2, (unsigned long long)prev, (unsigned long long)slot);
    int got = 0; int v = 0;
    for (int i = 0; i < 20; i++) got += add_if_below(&v, 7, 100);
    printf("%d %d\n", got, v);
    while (__atomic_test_and_set(&spin_lock, __ATOMIC_ACQUIRE)) {}
    int second = __atomic_test_and_set(&spin_lock, __ATOMIC_ACQUIRE);
    __atomic_clear(&spin_lock, __ATOMIC_RELEASE);
    printf("lock %d %d\n", second, spin_lock);
    short s16 = 100; char c8 = 5;
    __atomic_fetch_add(&s16, -300, __ATOMIC_SEQ_CST);
    __atomic_fetch_add(&c8, 200, __ATOMIC_SEQ_CST);
    printf("%d %d\n", s16, c8);
    __atomic_thread_fence(__ATOMIC_SEQ_CST);
    return counter & 0xff;
}
