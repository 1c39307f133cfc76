package java.util;

public final class OptionalLong {
    private static final OptionalLong EMPTY = new OptionalLong(false, 0);
    private final boolean present;
    private final long value;

    private OptionalLong(boolean present, long value) {
        this.present = present;
        this.value = value;
    }
    public static OptionalLong empty() { return EMPTY; }
    public static OptionalLong of(long v) { return new OptionalLong(true, v); }
    /** From a boxed optional (the library's int streams are boxed inside). */
    public static OptionalLong of(Optional<Long> o) { return o.isPresent() ? of(o.get()) : EMPTY; }
    public boolean isPresent() { return present; }
    public boolean isEmpty() { return !present; }
    public long getAsLong() {
        if (!present) throw new NoSuchElementException("No value present");
        return value;
    }
    public long orElse(long other) { return present ? value : other; }
    public long orElseThrow() { return getAsLong(); }
    public void ifPresent(java.util.function.LongConsumer c) { if (present) c.accept(value); }
    public String toString() { return present ? "OptionalLong[" + value + "]" : "OptionalLong.empty"; }
    public boolean equals(Object o) {
        if (!(o instanceof OptionalLong)) return false;
        OptionalLong x = (OptionalLong) o;
        return present == x.present && value == x.value;
    }
    public int hashCode() { return present ? Long.hashCode(value) : 0; }
    public <X extends Throwable> long orElseThrow(java.util.function.Supplier<? extends X> exception) throws X {
        if (!present) throw exception.get();
        return value;
    }
    public long orElseGet(java.util.function.LongSupplier s) { return present ? value : s.getAsLong(); }
    public void ifPresentOrElse(java.util.function.LongConsumer c, Runnable empty) {
        if (present) c.accept(value);
        else empty.run();
    }
    public java.util.stream.LongStream stream() { return present ? java.util.stream.LongStream.of(value) : java.util.stream.LongStream.empty(); }
}
