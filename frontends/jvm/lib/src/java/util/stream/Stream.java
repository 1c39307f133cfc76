package java.util.stream;

import java.util.*;
import java.util.function.*;

/** A sequential stream, evaluated eagerly stage by stage over a list (the output of a pipeline
 *  without side effects in its lambdas is the JDK's). */
public interface Stream<T> extends AutoCloseable {
    Stream<T> filter(Predicate<? super T> p);
    <R> Stream<R> map(Function<? super T, ? extends R> f);
    IntStream mapToInt(ToIntFunction<? super T> f);
    LongStream mapToLong(ToLongFunction<? super T> f);
    DoubleStream mapToDouble(ToDoubleFunction<? super T> f);
    <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> f);
    Stream<T> distinct();
    Stream<T> sorted();
    Stream<T> sorted(Comparator<? super T> c);
    Stream<T> peek(Consumer<? super T> c);
    Stream<T> limit(long n);
    Stream<T> skip(long n);
    void forEach(Consumer<? super T> c);
    void forEachOrdered(Consumer<? super T> c);
    Object[] toArray();
    <A> A[] toArray(IntFunction<A[]> g);
    T reduce(T identity, BinaryOperator<T> op);
    Optional<T> reduce(BinaryOperator<T> op);
    <R, A> R collect(Collector<? super T, A, R> c);
    List<T> toList();
    Optional<T> min(Comparator<? super T> c);
    Optional<T> max(Comparator<? super T> c);
    long count();
    boolean anyMatch(Predicate<? super T> p);
    boolean allMatch(Predicate<? super T> p);
    boolean noneMatch(Predicate<? super T> p);
    Optional<T> findFirst();
    Optional<T> findAny();
    /** Nothing to release: a stream's elements are in memory (`Files.lines` read them all). */
    default void close() {}

    static <T> Stream<T> of(T... values) { return new ListStream<>(Arrays.asList(values).iterator()); }
    /** The elements of an iterator (`Collection.stream`). */
    static <T> Stream<T> ofIterator(Iterator<T> it) { return new ListStream<>(it); }
    static <T> Stream<T> of(T value) { return of((T[]) new Object[] {value}); }
    static <T> Stream<T> empty() { return of((T[]) new Object[0]); }
    static <T> Stream<T> iterate(T seed, UnaryOperator<T> f) {
        return new ListStream<>(new Iterator<T>() {
            T next = seed;
            public boolean hasNext() { return true; }
            public T next() {
                T t = next;
                next = f.apply(t);
                return t;
            }
        });
    }
    static <T> Stream<T> generate(Supplier<? extends T> s) {
        return new ListStream<>(new Iterator<T>() {
            public boolean hasNext() { return true; }
            public T next() { return s.get(); }
        });
    }
}
