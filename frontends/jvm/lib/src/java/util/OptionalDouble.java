package java.util;

public final class OptionalDouble {
    private static final OptionalDouble EMPTY = new OptionalDouble(false, 0);
    private final boolean present;
    private final double value;

    private OptionalDouble(boolean present, double value) {
        this.present = present;
        this.value = value;
    }
    public static OptionalDouble empty() { return EMPTY; }
    public static OptionalDouble of(double v) { return new OptionalDouble(true, v); }
    public boolean isPresent() { return present; }
    public boolean isEmpty() { return !present; }
    public double getAsDouble() {
        if (!present) throw new NoSuchElementException("No value present");
        return value;
    }
    public double orElse(double other) { return present ? value : other; }
    public double orElseThrow() { return getAsDouble(); }
    public String toString() { return present ? "OptionalDouble[" + value + "]" : "OptionalDouble.empty"; }
    public <X extends Throwable> double orElseThrow(java.util.function.Supplier<? extends X> exception) throws X {
        if (!present) throw exception.get();
        return value;
    }
    public double orElseGet(java.util.function.DoubleSupplier s) { return present ? value : s.getAsDouble(); }
    public void ifPresentOrElse(java.util.function.DoubleConsumer c, Runnable empty) {
        if (present) c.accept(value);
        else empty.run();
    }
    public java.util.stream.DoubleStream stream() { return present ? java.util.stream.DoubleStream.of(value) : java.util.stream.DoubleStream.empty(); }
    public void ifPresent(java.util.function.DoubleConsumer c) { if (present) c.accept(value); }
    public boolean equals(Object o) {
        if (!(o instanceof OptionalDouble)) return false;
        OptionalDouble x = (OptionalDouble) o;
        return present == x.present && Double.compare(value, x.value) == 0;
    }
    public int hashCode() { return present ? Double.hashCode(value) : 0; }
}
