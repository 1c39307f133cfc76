package java.util.stream;

import java.util.*;
import java.util.function.*;

/** A collector of `Collectors`: a function of all the elements at once. Its JDK protocol
 *  gathers the elements in a list and applies that function at the end. */
@FunctionalInterface
interface ListCollector<T, A, R> extends Collector<T, A, R> {
    R collectAll(List<T> items);

    default Supplier<A> supplier() { return () -> (A) new ArrayList<T>(); }
    default BiConsumer<A, T> accumulator() { return (a, t) -> ((List<T>) a).add(t); }
    default BinaryOperator<A> combiner() {
        return (a, b) -> {
            ((List<T>) a).addAll((List<T>) b);
            return a;
        };
    }
    default Function<A, R> finisher() { return a -> collectAll((List<T>) a); }
    default Set<Characteristics> characteristics() { return Collections.emptySet(); }
}
