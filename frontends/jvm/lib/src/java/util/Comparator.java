package java.util;

import java.util.function.Function;
import java.util.function.ToIntFunction;

public interface Comparator<T> {
    int compare(T a, T b);

    default Comparator<T> reversed() { return (a, b) -> compare(b, a); }
    default Comparator<T> thenComparing(Comparator<? super T> other) {
        return (a, b) -> {
            int r = compare(a, b);
            return r != 0 ? r : other.compare(a, b);
        };
    }
    default <U extends Comparable<? super U>> Comparator<T> thenComparing(Function<? super T, ? extends U> key) {
        return thenComparing(comparing(key));
    }
    default <U> Comparator<T> thenComparing(Function<? super T, ? extends U> key, Comparator<? super U> c) {
        return thenComparing(comparing(key, c));
    }
    default Comparator<T> thenComparingLong(java.util.function.ToLongFunction<? super T> key) {
        return thenComparing(comparingLong(key));
    }
    default Comparator<T> thenComparingDouble(java.util.function.ToDoubleFunction<? super T> key) {
        return thenComparing(comparingDouble(key));
    }
    static <T> Comparator<T> comparingLong(java.util.function.ToLongFunction<? super T> key) {
        return (a, b) -> Long.compare(key.applyAsLong(a), key.applyAsLong(b));
    }
    static <T> Comparator<T> comparingDouble(java.util.function.ToDoubleFunction<? super T> key) {
        return (a, b) -> Double.compare(key.applyAsDouble(a), key.applyAsDouble(b));
    }
    default Comparator<T> thenComparingInt(ToIntFunction<? super T> key) {
        return thenComparing(comparingInt(key));
    }
    static <T, U extends Comparable<? super U>> Comparator<T> comparing(Function<? super T, ? extends U> key) {
        return (a, b) -> ((Comparable<Object>) key.apply(a)).compareTo(key.apply(b));
    }
    static <T, U> Comparator<T> comparing(Function<? super T, ? extends U> key, Comparator<? super U> c) {
        return (a, b) -> c.compare(key.apply(a), key.apply(b));
    }
    static <T> Comparator<T> comparingInt(ToIntFunction<? super T> key) {
        return (a, b) -> Integer.compare(key.applyAsInt(a), key.applyAsInt(b));
    }
    static <T extends Comparable<? super T>> Comparator<T> naturalOrder() {
        return (a, b) -> ((Comparable<Object>) a).compareTo(b);
    }
    static <T extends Comparable<? super T>> Comparator<T> reverseOrder() {
        return (a, b) -> ((Comparable<Object>) b).compareTo(a);
    }
}
