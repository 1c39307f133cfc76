package java.lang;

import java.util.HashMap;
import java.util.function.Supplier;

/** A value per green thread, kept in a map keyed by the thread (identity). */
public class ThreadLocal<T> {
    private final HashMap<Thread, T> values = new HashMap<>();

    public ThreadLocal() {}

    protected T initialValue() { return null; }

    public static <S> ThreadLocal<S> withInitial(Supplier<? extends S> supplier) {
        if (supplier == null) throw new NullPointerException();
        return new ThreadLocal<S>() {
            protected S initialValue() { return supplier.get(); }
        };
    }

    public T get() {
        Thread t = Thread.currentThread();
        if (values.containsKey(t)) return values.get(t);
        T v = initialValue();
        values.put(t, v);
        return v;
    }

    public void set(T value) { values.put(Thread.currentThread(), value); }

    public void remove() { values.remove(Thread.currentThread()); }
}
