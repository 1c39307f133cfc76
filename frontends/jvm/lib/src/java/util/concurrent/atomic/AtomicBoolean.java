package java.util.concurrent.atomic;

public class AtomicBoolean {
    private boolean value;
    public AtomicBoolean() {}
    public AtomicBoolean(boolean v) { value = v; }
    public final boolean get() { return value; }
    public final void set(boolean v) { value = v; }
    public final boolean getAndSet(boolean v) {
        boolean old = value;
        value = v;
        return old;
    }
    public final boolean compareAndSet(boolean expect, boolean update) {
        if (value != expect) return false;
        value = update;
        return true;
    }
    public String toString() { return Boolean.toString(value); }
}
