package java.util.concurrent.atomic;

import java.util.function.BinaryOperator;
import java.util.function.UnaryOperator;

public class AtomicReference<V> {
    private V value;
    public AtomicReference() {}
    public AtomicReference(V v) { value = v; }
    public final V get() { return value; }
    public final void set(V v) { value = v; }
    public final V getAndSet(V v) {
        V old = value;
        value = v;
        return old;
    }
    public final boolean compareAndSet(V expect, V update) {
        if (value != expect) return false;
        value = update;
        return true;
    }
    public final V updateAndGet(UnaryOperator<V> f) { return value = f.apply(value); }
    public final V getAndUpdate(UnaryOperator<V> f) {
        V old = value;
        value = f.apply(value);
        return old;
    }
    public final V accumulateAndGet(V x, BinaryOperator<V> f) { return value = f.apply(value, x); }
    public String toString() { return String.valueOf(value); }
}
