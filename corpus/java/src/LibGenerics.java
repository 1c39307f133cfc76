import java.util.*;
import java.util.function.*;

public class LibGenerics {
    record Pair<A, B>(A first, B second) {
        <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); }
    }

    static <T extends Comparable<? super T>> T largest(Collection<? extends T> xs) {
        T best = null;
        for (T x : xs) if (best == null || x.compareTo(best) > 0) best = x;
        return best;
    }

    static double sum(List<? extends Number> xs) {
        double s = 0;
        for (Number n : xs) s += n.doubleValue();
        return s;
    }

    static <K, V> Map<V, List<K>> invert(Map<K, V> m) {
        Map<V, List<K>> out = new TreeMap<>();
        for (Map.Entry<K, V> e : m.entrySet()) out.computeIfAbsent(e.getValue(), v -> new ArrayList<>()).add(e.getKey());
        return out;
    }

    static <T, R> List<R> mapAll(List<T> xs, Function<? super T, ? extends R> f) {
        List<R> out = new ArrayList<>();
        for (T x : xs) out.add(f.apply(x));
        return out;
    }

    static class Memo<K, V> {
        private final Map<K, V> cache = new HashMap<>();
        private final Function<K, V> f;
        int misses;
        Memo(Function<K, V> f) { this.f = f; }
        V get(K k) {
            V v = cache.get(k);
            if (v == null) {
                misses++;
                v = f.apply(k);
                cache.put(k, v);
            }
            return v;
        }
    }

    static Map<Long, Integer> collatzMemo = new HashMap<>();

    static int collatz(long n) {
        if (n == 1) return 0;
        Integer known = collatzMemo.get(n);
        if (known != null) return known;
        int steps = 1 + collatz(n % 2 == 0 ? n / 2 : 3 * n + 1);
        collatzMemo.put(n, steps);
        return steps;
    }

    public static void main(String[] args) {
        Pair<String, Integer> p = new Pair<>("x", 1);
        System.out.println(p + " " + p.withSecond(2.5) + " " + p.equals(new Pair<>("x", 1)) + " " + (p.hashCode() == new Pair<>("x", 1).hashCode()));
        System.out.println(largest(List.of(3, 9, 2)) + " " + largest(Set.of("pear", "apple")) + " " + sum(List.of(1, 2.5, 3L)));
        Map<String, Integer> scores = new LinkedHashMap<>();
        scores.put("ann", 3);
        scores.put("bob", 1);
        scores.put("cy", 3);
        System.out.println(invert(scores));
        System.out.println(mapAll(List.of("a", "bb", "ccc"), String::length) + " " + mapAll(List.of(1, 2, 3), i -> i * 0.5));
        Memo<Integer, Long> fib = new Memo<>(null);
        Memo<Integer, Long>[] self = new Memo[1];
        self[0] = new Memo<>(n -> n < 2 ? (long) n : self[0].get(n - 1) + self[0].get(n - 2));
        System.out.println(self[0].get(80) + " misses " + self[0].misses + " " + fib.misses);
        int bestN = 0, bestSteps = -1;
        for (int n = 1; n < 3000; n++) {
            int s = collatz(n);
            if (s > bestSteps) {
                bestSteps = s;
                bestN = n;
            }
        }
        System.out.println("collatz " + bestN + " " + bestSteps + " memo " + collatzMemo.size());
        BiFunction<Integer, Integer, Integer> gcd = new BiFunction<>() {
            public Integer apply(Integer a, Integer b) { return b == 0 ? a : this.apply(b, a % b); }
        };
        Supplier<List<String>> sup = ArrayList::new;
        List<String> made = sup.get();
        made.add("fresh");
        System.out.println(gcd.apply(84, 36) + " " + made);
        Integer a = 1000, b = 1000;
        int c = a;
        long widened = a;
        System.out.println((a == b) + " " + a.equals(b) + " " + (c == a) + " " + widened + " " + (a < b + 1));
    }
}
