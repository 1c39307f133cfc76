import java.util.*;

public class LibIterable {
    static final class Range implements Iterable<Integer> {
        final int lo, hi;
        Range(int lo, int hi) { this.lo = lo; this.hi = hi; }
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next = lo;
                public boolean hasNext() { return next < hi; }
                public Integer next() { return next++; }
            };
        }
    }

    static final class Version implements Comparable<Version> {
        final int major, minor;
        Version(int major, int minor) { this.major = major; this.minor = minor; }
        public int compareTo(Version o) { return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor); }
        @Override public boolean equals(Object o) { return o instanceof Version v && v.major == major && v.minor == minor; }
        @Override public int hashCode() { return 31 * major + minor; }
        @Override public String toString() { return major + "." + minor; }
    }

    static class Box<T extends Comparable<T>> {
        private final List<T> items = new ArrayList<>();
        void add(T t) { items.add(t); }
        T max() { return Collections.max(items); }
        List<T> sorted() { List<T> c = new ArrayList<>(items); Collections.sort(c); return c; }
    }

    static class LruCache<K, V> extends LinkedHashMap<K, V> {
        final int capacity;
        LruCache(int capacity) { super(16, 0.75f, true); this.capacity = capacity; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return size() > capacity; }
    }

    public static void main(String[] args) {
        int s = 0;
        for (int i : new Range(0, 10)) s += i;
        System.out.println("range sum " + s);
        new Range(3, 6).forEach(i -> System.out.print(i + ";"));
        System.out.println();
        List<Version> vs = new ArrayList<>(List.of(new Version(1, 10), new Version(1, 2), new Version(0, 9), new Version(2, 0)));
        Collections.sort(vs);
        System.out.println(vs + " " + Collections.max(vs) + " " + vs.contains(new Version(1, 2)) + " " + vs.indexOf(new Version(2, 0)));
        TreeMap<Version, String> notes = new TreeMap<>();
        for (Version v : vs) notes.put(v, "v" + v);
        System.out.println(notes + " " + notes.ceilingKey(new Version(1, 5)));
        PriorityQueue<Version> pq = new PriorityQueue<>(Comparator.reverseOrder());
        pq.addAll(vs);
        System.out.println(pq.poll() + " " + pq.poll() + " " + pq);
        Map<Version, Integer> hm = new HashMap<>();
        for (Version v : vs) hm.put(v, v.major * 100 + v.minor);
        System.out.println(hm + " " + hm.get(new Version(0, 9)));
        Box<String> box = new Box<>();
        box.add("kiwi");
        box.add("apple");
        box.add("plum");
        System.out.println(box.max() + " " + box.sorted());
        LruCache<String, Integer> lru = new LruCache<>(3);
        lru.put("a", 1);
        lru.put("b", 2);
        lru.put("c", 3);
        lru.get("a");
        lru.put("d", 4);
        System.out.println(lru + " " + lru.keySet());
        Map<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 1000; i++) big.put(i * 7919 % 10007, i);
        long check = 0;
        int k = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) check += (long) e.getKey() * (++k) + e.getValue();
        System.out.println(big.size() + " " + check);
        for (int i = 0; i < 1000; i += 3) big.remove(i * 7919 % 10007);
        StringBuilder first = new StringBuilder();
        int shown = 0;
        for (int key : big.keySet()) {
            if (shown++ == 12) break;
            first.append(key).append(',');
        }
        System.out.println(big.size() + " " + first);
        Iterator<Integer> it = new Range(0, 2).iterator();
        it.next();
        it.next();
        System.out.println(it.hasNext());
        List<Integer> li = new LinkedList<>(List.of(1, 2, 3));
        li.iterator().remove();
    }
}
