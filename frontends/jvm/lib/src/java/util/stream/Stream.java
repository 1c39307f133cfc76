package java.util.stream;

import java.util.*;
import java.util.function.*;

/** A sequential stream, evaluated eagerly stage by stage over a list (the output of a pipeline
 *  without side effects in its lambdas is the JDK's). */
public interface Stream<T> extends BaseStream<T, Stream<T>> {
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
    Stream<T> takeWhile(Predicate<? super T> p);
    Stream<T> dropWhile(Predicate<? super T> p);
    IntStream flatMapToInt(Function<? super T, ? extends IntStream> f);
    LongStream flatMapToLong(Function<? super T, ? extends LongStream> f);
    DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> f);
    <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> f);
    <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner);
    <U> U reduce(U identity, BiFunction<U, ? super T, U> f, BinaryOperator<U> combiner);

    static <T> Stream<T> ofNullable(T value) { return value == null ? empty() : of(value); }
    static <T> Stream<T> concat(Stream<? extends T> a, Stream<? extends T> b) {
        Iterator<? extends T> x = a.iterator(), y = b.iterator();
        return new ListStream<>(new Iterator<T>() {
            public boolean hasNext() { return x.hasNext() || y.hasNext(); }
            public T next() { return x.hasNext() ? x.next() : y.next(); }
        });
    }
    static <T> Stream<T> iterate(T seed, Predicate<? super T> hasNext, UnaryOperator<T> next) {
        return new ListStream<>(new Iterator<T>() {
            T at = seed;
            boolean started;
            public boolean hasNext() {
                if (started) {
                    at = next.apply(at);
                    started = false;
                }
                return hasNext.test(at);
            }
            public T next() {
                if (!hasNext()) throw new NoSuchElementException();
                started = true;
                return at;
            }
        });
    }
    static <T> Builder<T> builder() { return new Builder<>(); }

    /** `Stream.builder()`: elements added, then `build()`. */
    final class Builder<T> implements Consumer<T> {
        private final ArrayList<T> items = new ArrayList<>();
        private boolean built;

        public void accept(T t) {
            if (built) throw new IllegalStateException();
            items.add(t);
        }
        public Builder<T> add(T t) {
            accept(t);
            return this;
        }
        public Stream<T> build() {
            if (built) throw new IllegalStateException();
            built = true;
            return new ListStream<>(items.iterator());
        }
    }

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
