package java.util.concurrent.atomic;

public class AtomicLong extends Number {
    private long value;

    public AtomicLong() {}
    public AtomicLong(long v) { value = v; }
    public final long get() { return value; }
    public final void set(long v) { value = v; }
    public final boolean compareAndSet(long expect, long update) {
        if (value != expect) return false;
        value = update;
        return true;
    }
    public final long getAndIncrement() { return value++; }
    public final long getAndAdd(long d) {
        long old = value;
        value += d;
        return old;
    }
    public final long incrementAndGet() { return ++value; }
    public final long decrementAndGet() { return --value; }
    public final long addAndGet(long d) { return value += d; }
    // The function is the program's code, which may be preempted: retried until no other
    // thread changed the value meanwhile, as the JDK does.
    public final long updateAndGet(java.util.function.LongUnaryOperator f) {
        while (true) {
            long old = value, next = f.applyAsLong(old);
            if (compareAndSet(old, next)) return next;
        }
    }
    public final long getAndUpdate(java.util.function.LongUnaryOperator f) {
        while (true) {
            long old = value, next = f.applyAsLong(old);
            if (compareAndSet(old, next)) return old;
        }
    }
    public int intValue() { return (int) value; }
    public long longValue() { return value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
    public String toString() { return "" + value; }
}
