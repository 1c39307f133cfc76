// A generics-heavy utility module: an own generic ring buffer and LRU cache, a typed event bus,
// bounded wildcards (PECS), generic methods with explicit type arguments, interfaces with
// default/static/private methods, inner/anonymous/local classes capturing variables, varargs,
// a static nested builder, `Arrays.asList` as a fixed-size view, and `subList` as a live view.
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

public class RealGenerics {
    interface Shape extends Comparable<Shape> {
        double area();

        default String describe() {
            return name() + String.format("(%.2f)", area());
        }

        private String name() {
            return getClass().getSimpleName().toLowerCase();
        }

        static Shape largest(Collection<? extends Shape> shapes) {
            return shapes.stream().max(Comparator.naturalOrder()).orElseThrow();
        }

        @Override
        default int compareTo(Shape o) {
            return Double.compare(area(), o.area());
        }
    }

    record Circle(double r) implements Shape {
        public double area() {
            return Math.PI * r * r;
        }
    }

    record Rect(double w, double h) implements Shape {
        public double area() {
            return w * h;
        }
    }

    /** A fixed-capacity ring buffer that overwrites its oldest element. */
    static final class Ring<T> extends AbstractList<T> {
        private final Object[] items;
        private int start;
        private int size;
        private int modCount;

        Ring(int capacity) {
            items = new Object[capacity];
        }

        @SafeVarargs
        static <T> Ring<T> of(int capacity, T... values) {
            Ring<T> r = new Ring<>(capacity);
            for (T v : values) {
                r.push(v);
            }
            return r;
        }

        void push(T value) {
            modCount++;
            if (size < items.length) {
                items[(start + size++) % items.length] = value;
            } else {
                items[start] = value;
                start = (start + 1) % items.length;
            }
        }

        @SuppressWarnings("unchecked")
        @Override
        public T get(int index) {
            Objects.checkIndex(index, size);
            return (T) items[(start + index) % items.length];
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public Iterator<T> iterator() {
            int expected = modCount;
            return new Iterator<T>() {
                private int next;

                public boolean hasNext() {
                    return next < size;
                }

                public T next() {
                    if (modCount != expected) {
                        throw new ConcurrentModificationException();
                    }
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    return get(next++);
                }
            };
        }
    }

    /** A least-recently-used cache on an access-ordered LinkedHashMap. */
    static final class Lru<K, V> {
        private final Map<K, V> map;
        private int hits;
        private int misses;

        Lru(int capacity) {
            map = new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                    return size() > capacity;
                }
            };
        }

        V get(K key, Function<? super K, ? extends V> load) {
            V v = map.get(key);
            if (v != null) {
                hits++;
                return v;
            }
            misses++;
            v = load.apply(key);
            map.put(key, v);
            return v;
        }

        @Override
        public String toString() {
            return map.keySet() + " hits=" + hits + " misses=" + misses;
        }
    }

    /** Listeners by event type; a listener for a supertype sees subtype events. */
    static final class EventBus {
        private final Map<Class<?>, List<Consumer<Object>>> listeners = new HashMap<>();

        <E> void on(Class<E> type, Consumer<? super E> listener) {
            listeners.computeIfAbsent(type, k -> new ArrayList<>()).add(e -> listener.accept(type.cast(e)));
        }

        int publish(Object event) {
            int delivered = 0;
            for (Map.Entry<Class<?>, List<Consumer<Object>>> e : listeners.entrySet()) {
                if (e.getKey().isInstance(event)) {
                    for (Consumer<Object> c : e.getValue()) {
                        c.accept(event);
                        delivered++;
                    }
                }
            }
            return delivered;
        }
    }

    static final class Report {
        private final String title;
        private final List<String> rows;
        private final int width;
        private final char border;

        private Report(Builder b) {
            title = b.title;
            rows = List.copyOf(b.rows);
            width = b.width;
            border = b.border;
        }

        static Builder builder(String title) {
            return new Builder(title);
        }

        static final class Builder {
            private final String title;
            private final List<String> rows = new ArrayList<>();
            private int width = 20;
            private char border = '-';

            private Builder(String title) {
                this.title = title;
            }

            Builder row(String format, Object... args) {
                rows.add(String.format(format, args));
                return this;
            }

            Builder width(int w) {
                if (w < title.length()) {
                    throw new IllegalArgumentException("width " + w + " < title " + title.length());
                }
                width = w;
                return this;
            }

            Builder border(char c) {
                border = c;
                return this;
            }

            Report build() {
                return new Report(this);
            }
        }

        String render() {
            String line = String.valueOf(border).repeat(width);
            StringBuilder sb = new StringBuilder(line).append('\n').append(title).append('\n').append(line).append('\n');
            rows.forEach(r -> sb.append(r).append('\n'));
            return sb.append(line).toString();
        }
    }

    static <T extends Comparable<? super T>> T max(List<? extends T> items) {
        T best = items.get(0);
        for (T t : items) {
            if (t.compareTo(best) > 0) {
                best = t;
            }
        }
        return best;
    }

    static <T> void copy(List<? super T> dst, List<? extends T> src) {
        for (T t : src) {
            dst.add(t);
        }
    }

    static <K, V extends Comparable<V>> K argMax(Map<K, V> map) {
        return map.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    @SafeVarargs
    static <T> List<T> concat(List<? extends T>... lists) {
        List<T> out = new ArrayList<>();
        for (List<? extends T> l : lists) {
            out.addAll(l);
        }
        return out;
    }

    static int sum(int... xs) {
        return Arrays.stream(xs).sum();
    }

    static <A, B, C> Function<A, C> compose(Function<A, B> f, Function<B, C> g) {
        return f.andThen(g);
    }

    static Supplier<Integer> counter(int start, int step) {
        int[] state = {start};
        return () -> {
            int v = state[0];
            state[0] += step;
            return v;
        };
    }

    public static void main(String[] args) {
        List<Shape> shapes = List.of(new Circle(1), new Rect(2, 3), new Circle(0.5), new Rect(1.5, 1.5));
        System.out.println(shapes.stream().sorted().map(Shape::describe).toList() + " largest " + Shape.largest(shapes));

        Ring<String> ring = Ring.of(3, "a", "b", "c", "d");
        System.out.println(ring + " size " + ring.size() + " contains b " + ring.contains("b") + " index c " + ring.indexOf("c") + " equals " + ring.equals(List.of("b", "c", "d")));
        try {
            for (String s : ring) {
                if (s.equals("c")) {
                    ring.push("e");
                }
            }
        } catch (ConcurrentModificationException e) {
            System.out.println("ring modified while iterating: " + ring);
        }
        try {
            ring.get(5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            ring.add("x");
        } catch (UnsupportedOperationException e) {
            System.out.println("ring add unsupported");
        }

        Lru<Integer, String> cache = new Lru<>(3);
        int[] loads = {0};
        for (int k : new int[] {1, 2, 3, 1, 4, 2, 5, 1}) {
            cache.get(k, key -> {
                loads[0]++;
                return "v" + key;
            });
        }
        System.out.println("lru " + cache + " loads " + loads[0]);

        EventBus bus = new EventBus();
        List<String> log = new ArrayList<>();
        bus.on(String.class, s -> log.add("string " + s.length()));
        bus.on(Integer.class, i -> log.add("int " + (i + 1)));
        bus.on(Number.class, n -> log.add("number " + n.doubleValue()));
        int delivered = bus.publish("hello") + bus.publish(41) + bus.publish(2.5) + bus.publish(new Object());
        log.sort(null);
        System.out.println("delivered " + delivered + " " + log);

        Report r = Report.builder("Quarterly").width(24).border('=').row("%-10s %8.2f", "revenue", 1234.5).row("%-10s %8d", "units", 88).build();
        System.out.println(r.render());
        try {
            Report.builder("A very long title").width(3);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }

        List<Number> numbers = new ArrayList<>();
        copy(numbers, List.of(1, 2));
        copy(numbers, List.of(2.5));
        System.out.println(numbers + " max " + max(Arrays.asList(3, 9, 4)) + " " + RealGenerics.<String>max(List.of("pear", "apple")) + " argMax "
                + argMax(Map.of("a", 3, "b", 7, "c", 5)) + " concat " + concat(List.of(1), List.of(2.0), List.of(3L)) + " sum " + sum() + "/" + sum(1, 2, 3));
        Function<String, Integer> len = String::length;
        System.out.println(compose(len, x -> x * x).apply("four") + " " + compose(String::trim, String::toUpperCase).apply("  hi ")
                + " " + Function.<Integer>identity().compose((String s) -> s.length()).apply("abc"));
        Supplier<Integer> next = counter(10, 5);
        System.out.println(next.get() + " " + next.get() + " " + next.get());
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Predicate<String> empty = String::isEmpty;
        System.out.println(add.andThen(x -> x * 10).apply(2, 3) + " " + empty.negate().test("") + " " + Predicate.not(empty).or(s -> true).test("")
                + " " + Predicate.<String>isEqual("x").test("x"));

        class Counter {
            private int n;

            int bump(int by) {
                n += by + loads[0];
                return n;
            }
        }
        Counter c = new Counter();
        c.bump(1);
        System.out.println("local class " + c.bump(2) + " " + c.getClass().getSimpleName() + " anonymous " + new Object() {
            @Override
            public String toString() {
                return "anon sees " + log.size() + " [" + getClass().getSimpleName() + "]";
            }
        });

        List<String> fixed = Arrays.asList("x", "y", "z");
        fixed.set(1, "Y");
        System.out.println("asList " + fixed);
        try {
            fixed.add("w");
        } catch (UnsupportedOperationException e) {
            System.out.println("asList add unsupported");
        }
        try {
            fixed.remove(0);
        } catch (UnsupportedOperationException e) {
            System.out.println("asList remove unsupported");
        }
        String[] backing = {"p", "q", "r"};
        List<String> view = Arrays.asList(backing);
        view.set(0, "P");
        backing[2] = "R";
        Collections2.sortDescending(view);
        System.out.println("write-through " + Arrays.toString(backing) + " " + view);

        List<Integer> nums = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        List<Integer> middle = nums.subList(3, 7);
        middle.set(0, 30);
        middle.remove(Integer.valueOf(5));
        middle.add(99);
        System.out.println("subList " + middle + " parent " + nums + " size " + nums.size());
        nums.subList(0, 2).clear();
        System.out.println("after clear " + nums);
        List<Integer> stale = nums.subList(0, 3);
        nums.add(100);
        try {
            System.out.println(stale.size());
        } catch (ConcurrentModificationException e) {
            System.out.println("stale subList: ConcurrentModificationException");
        }
        try {
            nums.subList(5, 2);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Iterator<Integer> it = nums.iterator();
        it.next();
        nums.remove(0);
        try {
            it.next();
        } catch (ConcurrentModificationException e) {
            System.out.println("iterator after remove: ConcurrentModificationException");
        }
    }

    static final class Collections2 {
        static <T extends Comparable<? super T>> void sortDescending(List<T> list) {
            list.sort(Comparator.reverseOrder());
        }
    }
}
