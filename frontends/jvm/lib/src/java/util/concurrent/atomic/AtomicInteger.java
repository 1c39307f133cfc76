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
    public final int updateAndGet(java.util.function.IntUnaryOperator f) { return value = f.applyAsInt(value); }
    public final int accumulateAndGet(int x, java.util.function.IntBinaryOperator f) { return value = f.applyAsInt(value, x); }
    public int intValue() { return value; }
    public long longValue() { return value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
    public String toString() { return "" + value; }
}
