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
    // The function is the program's code, which may be preempted: retried until no other
    // thread changed the value meanwhile, as the JDK does.
    public final V updateAndGet(UnaryOperator<V> f) {
        while (true) {
            V old = value, next = f.apply(old);
            if (compareAndSet(old, next)) return next;
        }
    }
    public final V getAndUpdate(UnaryOperator<V> f) {
        while (true) {
            V old = value, next = f.apply(old);
            if (compareAndSet(old, next)) return old;
        }
    }
    public final V accumulateAndGet(V x, BinaryOperator<V> f) {
        while (true) {
            V old = value, next = f.apply(old, x);
            if (compareAndSet(old, next)) return next;
        }
    }
    public String toString() { return String.valueOf(value); }
}
