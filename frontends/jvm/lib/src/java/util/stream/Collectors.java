package java.util.stream;

import java.util.*;
import java.util.function.*;

public final class Collectors {
    private Collectors() {}

    /** A collector of all the elements at once (the lambdas below). */
    private static <T, R> Collector<T, ?, R> list(ListCollector<T, ?, R> c) { return c; }
    /** `down`'s result for `items`. */
    private static <T, R> R finish(Collector<? super T, ?, R> down, List<T> items) {
        return Collector.collectAll((Collector<T, Object, R>) down, items);
    }

    public static <T> Collector<T, ?, List<T>> toList() { return list(items -> new ArrayList<>(items)); }
    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() { return list(items -> List.copyOf(items)); }
    public static <T> Collector<T, ?, Set<T>> toSet() {
        return list(items -> {
            Set<T> s = new HashSet<>();
            s.addAll(items);
            return s;
        });
    }
    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> s) {
        return list(items -> {
            C c = s.get();
            c.addAll(items);
            return c;
        });
    }
    public static Collector<CharSequence, ?, String> joining() { return joining("", "", ""); }
    public static Collector<CharSequence, ?, String> joining(CharSequence sep) { return joining(sep, "", ""); }
    public static Collector<CharSequence, ?, String> joining(CharSequence sep, CharSequence prefix, CharSequence suffix) {
        return list(items -> {
            StringBuilder sb = new StringBuilder(String.valueOf(prefix));
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) sb.append(String.valueOf(sep));
                sb.append(String.valueOf(items.get(i)));
            }
            return sb.append(String.valueOf(suffix)).toString();
        });
    }
    public static <T> Collector<T, ?, Long> counting() { return list(items -> (long) items.size()); }
    public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> f) {
        return list(items -> {
            int s = 0;
            for (T t : items) s += f.applyAsInt(t);
            return s;
        });
    }
    public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> f) {
        return list(items -> {
            long s = 0;
            for (T t : items) s += f.applyAsLong(t);
            return s;
        });
    }
    public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> f) {
        return list(items -> {
            long s = 0;
            for (T t : items) s += f.applyAsInt(t);
            return items.isEmpty() ? 0.0 : (double) s / items.size();
        });
    }
    public static <T, U, A, R> Collector<T, ?, R> mapping(Function<? super T, ? extends U> f, Collector<? super U, A, R> down) {
        return list(items -> {
            List<U> out = new ArrayList<>();
            for (T t : items) out.add(f.apply(t));
            return finish(down, out);
        });
    }
    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> key) {
        return groupingBy(key, HashMap::new, toList());
    }
    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> key, Collector<? super T, A, D> down) {
        return groupingBy(key, HashMap::new, down);
    }
    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(
            Function<? super T, ? extends K> key, Supplier<M> factory, Collector<? super T, A, D> down) {
        return list(items -> {
            Map<K, Object> m = (Map<K, Object>) factory.get();
            for (T t : items) ((List<T>) m.computeIfAbsent(key.apply(t), k -> new ArrayList<T>())).add(t);
            m.replaceAll((k, v) -> finish(down, (List<T>) v));
            return (M) m;
        });
    }
    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> p) {
        return partitioningBy(p, toList());
    }
    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> p, Collector<? super T, A, D> down) {
        return list(items -> {
            List<T> no = new ArrayList<>(), yes = new ArrayList<>();
            for (T t : items) (p.test(t) ? yes : no).add(t);
            Map<Boolean, D> out = new LinkedHashMap<>();
            out.put(false, finish(down, no));
            out.put(true, finish(down, yes));
            return out;
        });
    }
    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> k, Function<? super T, ? extends U> v) {
        return list(items -> {
            Map<K, U> out = new HashMap<>();
            for (T t : items) {
                K key = k.apply(t);
                if (out.containsKey(key)) {
                    throw new IllegalStateException("Duplicate key " + key + " (attempted merging values " + out.get(key) + " and " + v.apply(t) + ")");
                }
                out.put(key, v.apply(t));
            }
            return out;
        });
    }
    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> k, Function<? super T, ? extends U> v, BinaryOperator<U> merge) {
        return list(items -> {
            Map<K, U> out = new HashMap<>();
            for (T t : items) out.merge(k.apply(t), v.apply(t), merge);
            return out;
        });
    }
    public static <T, K, U, M extends Map<K, U>> Collector<T, ?, M> toMap(Function<? super T, ? extends K> k,
            Function<? super T, ? extends U> v, BinaryOperator<U> merge, Supplier<M> factory) {
        return list(items -> {
            M out = factory.get();
            for (T t : items) out.merge(k.apply(t), v.apply(t), merge);
            return out;
        });
    }
    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> k, Function<? super T, ? extends U> v) {
        return collectingAndThen(toMap(k, v), Map::copyOf);
    }
    public static <T, K, U> Collector<T, ?, Map<K, U>> toUnmodifiableMap(Function<? super T, ? extends K> k,
            Function<? super T, ? extends U> v, BinaryOperator<U> merge) {
        return collectingAndThen(toMap(k, v, merge), Map::copyOf);
    }
    public static <T> Collector<T, ?, Set<T>> toUnmodifiableSet() { return collectingAndThen(toSet(), Set::copyOf); }
    public static <T> Collector<T, ?, Double> averagingLong(ToLongFunction<? super T> f) {
        return list(items -> {
            long s = 0;
            for (T t : items) s += f.applyAsLong(t);
            return items.isEmpty() ? 0.0 : (double) s / items.size();
        });
    }
    public static <T> Collector<T, ?, Double> averagingDouble(ToDoubleFunction<? super T> f) {
        return list(items -> {
            DoubleSummaryStatistics s = new DoubleSummaryStatistics();
            for (T t : items) s.accept(f.applyAsDouble(t));
            return s.getAverage();
        });
    }
    public static <T> Collector<T, ?, Double> summingDouble(ToDoubleFunction<? super T> f) {
        return list(items -> {
            DoubleSummaryStatistics s = new DoubleSummaryStatistics();
            for (T t : items) s.accept(f.applyAsDouble(t));
            return s.getSum();
        });
    }
    public static <T> Collector<T, ?, IntSummaryStatistics> summarizingInt(ToIntFunction<? super T> f) {
        return list(items -> {
            IntSummaryStatistics s = new IntSummaryStatistics();
            for (T t : items) s.accept(f.applyAsInt(t));
            return s;
        });
    }
    public static <T> Collector<T, ?, LongSummaryStatistics> summarizingLong(ToLongFunction<? super T> f) {
        return list(items -> {
            LongSummaryStatistics s = new LongSummaryStatistics();
            for (T t : items) s.accept(f.applyAsLong(t));
            return s;
        });
    }
    public static <T> Collector<T, ?, DoubleSummaryStatistics> summarizingDouble(ToDoubleFunction<? super T> f) {
        return list(items -> {
            DoubleSummaryStatistics s = new DoubleSummaryStatistics();
            for (T t : items) s.accept(f.applyAsDouble(t));
            return s;
        });
    }
    public static <T> Collector<T, ?, Optional<T>> minBy(Comparator<? super T> c) {
        return list(items -> Stream.ofIterator(items.iterator()).min(c));
    }
    public static <T> Collector<T, ?, Optional<T>> maxBy(Comparator<? super T> c) {
        return list(items -> Stream.ofIterator(items.iterator()).max(c));
    }
    public static <T> Collector<T, ?, Optional<T>> reducing(BinaryOperator<T> op) {
        return list(items -> Stream.ofIterator(items.iterator()).reduce(op));
    }
    public static <T> Collector<T, ?, T> reducing(T identity, BinaryOperator<T> op) {
        return list(items -> Stream.ofIterator(items.iterator()).reduce(identity, op));
    }
    public static <T, U> Collector<T, ?, U> reducing(U identity, Function<? super T, ? extends U> f, BinaryOperator<U> op) {
        return list(items -> {
            U acc = identity;
            for (T t : items) acc = op.apply(acc, f.apply(t));
            return acc;
        });
    }
    public static <T, A, R, RR> Collector<T, A, RR> collectingAndThen(Collector<T, A, R> down, Function<R, RR> then) {
        ListCollector<T, A, RR> c = items -> then.apply(finish(down, items));
        return c;
    }
    public static <T, A, R> Collector<T, ?, R> filtering(Predicate<? super T> p, Collector<? super T, A, R> down) {
        return list(items -> {
            List<T> kept = new ArrayList<>();
            for (T t : items) if (p.test(t)) kept.add(t);
            return finish(down, kept);
        });
    }
    public static <T, U, A, R> Collector<T, ?, R> flatMapping(Function<? super T, ? extends Stream<? extends U>> f,
            Collector<? super U, A, R> down) {
        return list(items -> {
            List<U> out = new ArrayList<>();
            for (T t : items) {
                Stream<? extends U> s = f.apply(t);
                if (s != null) s.forEach(out::add);
            }
            return finish(down, out);
        });
    }
    public static <T, R1, R2, R> Collector<T, ?, R> teeing(Collector<? super T, ?, R1> a, Collector<? super T, ?, R2> b,
            BiFunction<? super R1, ? super R2, R> merge) {
        return list(items -> merge.apply(finish(a, items), finish(b, items)));
    }
    public static <T, K> Collector<T, ?, java.util.concurrent.ConcurrentMap<K, List<T>>> groupingByConcurrent(Function<? super T, ? extends K> key) {
        return groupingBy(key, java.util.concurrent.ConcurrentHashMap::new, toList());
    }
    public static <T, K, A, D> Collector<T, ?, java.util.concurrent.ConcurrentMap<K, D>> groupingByConcurrent(
            Function<? super T, ? extends K> key, Collector<? super T, A, D> down) {
        return groupingBy(key, java.util.concurrent.ConcurrentHashMap::new, down);
    }
}
