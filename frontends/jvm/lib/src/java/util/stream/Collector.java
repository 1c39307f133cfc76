package java.util.stream;

import java.util.*;
import java.util.function.*;

/** What `Stream.collect` applies to the stream's elements: the JDK's interface (a collector
 *  from `Collector.of` or a program's own class runs supplier, accumulator and finisher);
 *  `Collectors`' collectors are `ListCollector`s, which take all the elements at once. */
public interface Collector<T, A, R> {
    Supplier<A> supplier();
    BiConsumer<A, T> accumulator();
    BinaryOperator<A> combiner();
    Function<A, R> finisher();
    Set<Characteristics> characteristics();

    enum Characteristics { CONCURRENT, UNORDERED, IDENTITY_FINISH }

    static <T, R> Collector<T, R, R> of(Supplier<R> supplier, BiConsumer<R, T> accumulator, BinaryOperator<R> combiner,
            Characteristics... characteristics) {
        return new Of<>(supplier, accumulator, combiner, r -> r, characteristics);
    }
    static <T, A, R> Collector<T, A, R> of(Supplier<A> supplier, BiConsumer<A, T> accumulator, BinaryOperator<A> combiner,
            Function<A, R> finisher, Characteristics... characteristics) {
        return new Of<>(supplier, accumulator, combiner, finisher, characteristics);
    }

    /** The result of collecting `items` with any collector. */
    static <T, A, R> R collectAll(Collector<T, A, R> c, List<T> items) {
        if (c instanceof ListCollector) return ((ListCollector<T, A, R>) c).collectAll(items);
        A acc = c.supplier().get();
        BiConsumer<A, T> add = c.accumulator();
        for (T t : items) add.accept(acc, t);
        return c.finisher().apply(acc);
    }

    /** `Collector.of`'s collector. */
    final class Of<T, A, R> implements Collector<T, A, R> {
        private final Supplier<A> supplier;
        private final BiConsumer<A, T> accumulator;
        private final BinaryOperator<A> combiner;
        private final Function<A, R> finisher;
        private final Set<Characteristics> characteristics = new TreeSet<>();

        Of(Supplier<A> s, BiConsumer<A, T> a, BinaryOperator<A> c, Function<A, R> f, Characteristics[] cs) {
            supplier = Objects.requireNonNull(s);
            accumulator = Objects.requireNonNull(a);
            combiner = Objects.requireNonNull(c);
            finisher = Objects.requireNonNull(f);
            characteristics.addAll(Arrays.asList(cs));
        }
        public Supplier<A> supplier() { return supplier; }
        public BiConsumer<A, T> accumulator() { return accumulator; }
        public BinaryOperator<A> combiner() { return combiner; }
        public Function<A, R> finisher() { return finisher; }
        public Set<Characteristics> characteristics() { return characteristics; }
    }
}
