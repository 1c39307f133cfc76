package java.util;

public final class OptionalInt {
    private static final OptionalInt EMPTY = new OptionalInt(false, 0);
    private final boolean present;
    private final int value;

    private OptionalInt(boolean present, int value) {
        this.present = present;
        this.value = value;
    }
    public static OptionalInt empty() { return EMPTY; }
    public static OptionalInt of(int v) { return new OptionalInt(true, v); }
    /** From a boxed optional (the library's int streams are boxed inside). */
    public static OptionalInt of(Optional<Integer> o) { return o.isPresent() ? of(o.get()) : EMPTY; }
    public boolean isPresent() { return present; }
    public boolean isEmpty() { return !present; }
    public int getAsInt() {
        if (!present) throw new NoSuchElementException("No value present");
        return value;
    }
    public int orElse(int other) { return present ? value : other; }
    public int orElseThrow() { return getAsInt(); }
    public void ifPresent(java.util.function.IntConsumer c) { if (present) c.accept(value); }
    public String toString() { return present ? "OptionalInt[" + value + "]" : "OptionalInt.empty"; }
    public boolean equals(Object o) {
        if (!(o instanceof OptionalInt)) return false;
        OptionalInt x = (OptionalInt) o;
        return present == x.present && value == x.value;
    }
    public int hashCode() { return present ? value : 0; }
    public <X extends Throwable> int orElseThrow(java.util.function.Supplier<? extends X> exception) throws X {
        if (!present) throw exception.get();
        return value;
    }
    public int orElseGet(java.util.function.IntSupplier s) { return present ? value : s.getAsInt(); }
    public void ifPresentOrElse(java.util.function.IntConsumer c, Runnable empty) {
        if (present) c.accept(value);
        else empty.run();
    }
    public java.util.stream.IntStream stream() { return present ? java.util.stream.IntStream.of(value) : java.util.stream.IntStream.empty(); }
}
