package java.util.concurrent.atomic;

public class AtomicInteger extends Number {
    private int value;

    public AtomicInteger() {}
    public AtomicInteger(int v) { value = v; }
    public final int get() { return value; }
    public final void set(int v) { value = v; }
    public final int getAndSet(int v) {
        int old = value;
        value = v;
        return old;
    }
    public final boolean compareAndSet(int expect, int update) {
        if (value != expect) return false;
        value = update;
        return true;
    }
    public final int getAndIncrement() { return value++; }
    public final int getAndDecrement() { return value--; }
    public final int getAndAdd(int d) {
        int old = value;
        value += d;
        return old;
    }
    public final int incrementAndGet() { return ++value; }
    public final int decrementAndGet() { return --value; }
    public final int addAndGet(int d) { return value += d; }
    // The function is the program's code, which may be preempted: retried until no other
    // thread changed the value meanwhile, as the JDK does.
    public final int updateAndGet(java.util.function.IntUnaryOperator f) {
        while (true) {
            int old = value, next = f.applyAsInt(old);
            if (compareAndSet(old, next)) return next;
        }
    }
    public final int getAndUpdate(java.util.function.IntUnaryOperator f) {
        while (true) {
            int old = value, next = f.applyAsInt(old);
            if (compareAndSet(old, next)) return old;
        }
    }
    public final int accumulateAndGet(int x, java.util.function.IntBinaryOperator f) {
        while (true) {
            int old = value, next = f.applyAsInt(old, x);
            if (compareAndSet(old, next)) return next;
        }
    }
    public final int getAndAccumulate(int x, java.util.function.IntBinaryOperator f) {
        while (true) {
            int old = value, next = f.applyAsInt(old, x);
            if (compareAndSet(old, next)) return old;
        }
    }
    public int intValue() { return value; }
    public long longValue() { return value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
    public String toString() { return "" + value; }
}
