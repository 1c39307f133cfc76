package java.util;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

public final class Optional<T> {
    private static final Optional<?> EMPTY = new Optional<>(null);
    private final T value;

    private Optional(T value) { this.value = value; }
    public static <T> Optional<T> empty() { return (Optional<T>) EMPTY; }
    public static <T> Optional<T> of(T value) { return new Optional<>(Objects.requireNonNull(value)); }
    public static <T> Optional<T> ofNullable(T value) { return value == null ? (Optional<T>) EMPTY : new Optional<>(value); }
    public T get() {
        if (value == null) throw new NoSuchElementException("No value present");
        return value;
    }
    public T orElseThrow() { return get(); }
    public boolean isPresent() { return value != null; }
    public boolean isEmpty() { return value == null; }
    public void ifPresent(Consumer<? super T> action) { if (value != null) action.accept(value); }
    public void ifPresentOrElse(Consumer<? super T> action, Runnable empty) {
        if (value != null) action.accept(value);
        else empty.run();
    }
    public Optional<T> filter(Predicate<? super T> p) { return value == null || p.test(value) ? this : empty(); }
    public <U> Optional<U> map(Function<? super T, ? extends U> f) {
        return value == null ? empty() : Optional.ofNullable(f.apply(value));
    }
    public <U> Optional<U> flatMap(Function<? super T, ? extends Optional<? extends U>> f) {
        return value == null ? empty() : (Optional<U>) f.apply(value);
    }
    public <X extends Throwable> T orElseThrow(Supplier<? extends X> exception) throws X {
        if (value == null) throw exception.get();
        return value;
    }
    public Optional<T> or(Supplier<? extends Optional<? extends T>> s) {
        return value != null ? this : (Optional<T>) Objects.requireNonNull(s.get());
    }
    public java.util.stream.Stream<T> stream() {
        return value == null ? java.util.stream.Stream.empty() : java.util.stream.Stream.of(value);
    }
    public T orElse(T other) { return value != null ? value : other; }
    public T orElseGet(Supplier<? extends T> s) { return value != null ? value : s.get(); }
    public boolean equals(Object o) { return o instanceof Optional && Objects.equals(value, ((Optional<?>) o).value); }
    public int hashCode() { return Objects.hashCode(value); }
    public String toString() { return value != null ? "Optional[" + value + "]" : "Optional.empty"; }
}
