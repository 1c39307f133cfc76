package java.util.stream;

import java.util.*;
import java.util.function.*;

public final class Collectors {
    private Collectors() {}

    public static <T> Collector<T, ?, List<T>> toList() { return items -> new ArrayList<>(items); }
    public static <T> Collector<T, ?, List<T>> toUnmodifiableList() { return items -> new ArrayList<>(items); }
    public static <T> Collector<T, ?, Set<T>> toSet() {
        return items -> {
            Set<T> s = new HashSet<>();
            s.addAll(items);
            return s;
        };
    }
    public static <T, C extends Collection<T>> Collector<T, ?, C> toCollection(Supplier<C> s) {
        return items -> {
            C c = s.get();
            c.addAll(items);
            return c;
        };
    }
    public static Collector<CharSequence, ?, String> joining() { return joining("", "", ""); }
    public static Collector<CharSequence, ?, String> joining(CharSequence sep) { return joining(sep, "", ""); }
    public static Collector<CharSequence, ?, String> joining(CharSequence sep, CharSequence prefix, CharSequence suffix) {
        return items -> {
            StringBuilder sb = new StringBuilder(String.valueOf(prefix));
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) sb.append(String.valueOf(sep));
                sb.append(String.valueOf(items.get(i)));
            }
            return sb.append(String.valueOf(suffix)).toString();
        };
    }
    public static <T> Collector<T, ?, Long> counting() { return items -> (long) items.size(); }
    public static <T> Collector<T, ?, Integer> summingInt(ToIntFunction<? super T> f) {
        return items -> {
            int s = 0;
            for (T t : items) s += f.applyAsInt(t);
            return s;
        };
    }
    public static <T> Collector<T, ?, Long> summingLong(ToLongFunction<? super T> f) {
        return items -> {
            long s = 0;
            for (T t : items) s += f.applyAsLong(t);
            return s;
        };
    }
    public static <T> Collector<T, ?, Double> averagingInt(ToIntFunction<? super T> f) {
        return items -> {
            long s = 0;
            for (T t : items) s += f.applyAsInt(t);
            return items.isEmpty() ? 0.0 : (double) s / items.size();
        };
    }
    public static <T, U, A, R> Collector<T, ?, R> mapping(Function<? super T, ? extends U> f, Collector<? super U, A, R> down) {
        return items -> {
            List<U> out = new ArrayList<>();
            for (T t : items) out.add(f.apply(t));
            return ((Collector<U, A, R>) down).collectAll(out);
        };
    }
    public static <T, K> Collector<T, ?, Map<K, List<T>>> groupingBy(Function<? super T, ? extends K> key) {
        return groupingBy(key, HashMap::new, toList());
    }
    public static <T, K, A, D> Collector<T, ?, Map<K, D>> groupingBy(Function<? super T, ? extends K> key, Collector<? super T, A, D> down) {
        return groupingBy(key, HashMap::new, down);
    }
    public static <T, K, D, A, M extends Map<K, D>> Collector<T, ?, M> groupingBy(
            Function<? super T, ? extends K> key, Supplier<M> factory, Collector<? super T, A, D> down) {
        return items -> {
            Map<K, Object> m = (Map<K, Object>) factory.get();
            for (T t : items) ((List<T>) m.computeIfAbsent(key.apply(t), k -> new ArrayList<T>())).add(t);
            m.replaceAll((k, v) -> ((Collector<T, A, D>) down).collectAll((List<T>) v));
            return (M) m;
        };
    }
    public static <T> Collector<T, ?, Map<Boolean, List<T>>> partitioningBy(Predicate<? super T> p) {
        return partitioningBy(p, toList());
    }
    public static <T, D, A> Collector<T, ?, Map<Boolean, D>> partitioningBy(Predicate<? super T> p, Collector<? super T, A, D> down) {
        return items -> {
            List<T> no = new ArrayList<>(), yes = new ArrayList<>();
            for (T t : items) (p.test(t) ? yes : no).add(t);
            Map<Boolean, D> out = new LinkedHashMap<>();
            out.put(false, ((Collector<T, A, D>) down).collectAll(no));
            out.put(true, ((Collector<T, A, D>) down).collectAll(yes));
            return out;
        };
    }
    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> k, Function<? super T, ? extends U> v) {
        return items -> {
            Map<K, U> out = new HashMap<>();
            for (T t : items) {
                K key = k.apply(t);
                if (out.containsKey(key)) {
                    throw new IllegalStateException("Duplicate key " + key + " (attempted merging values " + out.get(key) + " and " + v.apply(t) + ")");
                }
                out.put(key, v.apply(t));
            }
            return out;
        };
    }
    public static <T, K, U> Collector<T, ?, Map<K, U>> toMap(Function<? super T, ? extends K> k, Function<? super T, ? extends U> v, BinaryOperator<U> merge) {
        return items -> {
            Map<K, U> out = new HashMap<>();
            for (T t : items) out.merge(k.apply(t), v.apply(t), merge);
            return out;
        };
    }
}
