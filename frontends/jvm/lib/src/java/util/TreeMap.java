package java.util;

/** A sorted map kept as two sorted arrays (binary search; iteration in key order). */
public class TreeMap<K, V> extends AbstractMap<K, V> implements NavigableMap<K, V> {
    private final Comparator<? super K> comparator;
    private Object[] keys = new Object[8];
    private Object[] vals = new Object[8];
    private int size;

    public TreeMap() { comparator = null; }
    public TreeMap(Comparator<? super K> c) { comparator = c; }
    public TreeMap(Map<? extends K, ? extends V> m) {
        comparator = null;
        putAll(m);
    }

    private int cmp(Object a, Object b) {
        if (comparator != null) return comparator.compare((K) a, (K) b);
        return ((Comparable<Object>) a).compareTo(b);
    }
    /** The index of `key`, or -(insertion point) - 1. */
    private int find(Object key) {
        if (key == null && comparator == null) throw new NullPointerException();
        int lo = 0, hi = size - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = cmp(keys[mid], key);
            if (c < 0) lo = mid + 1;
            else if (c > 0) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }
    public Comparator<? super K> comparator() { return comparator; }
    public int size() { return size; }
    public boolean containsKey(Object key) { return find(key) >= 0; }
    public V get(Object key) {
        int i = find(key);
        return i >= 0 ? (V) vals[i] : null;
    }
    public V put(K key, V value) {
        if (size == 0) cmp(key, key);
        int i = find(key);
        if (i >= 0) {
            V old = (V) vals[i];
            vals[i] = value;
            return old;
        }
        i = -i - 1;
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            vals = Arrays.copyOf(vals, size * 2);
        }
        System.arraycopy(keys, i, keys, i + 1, size - i);
        System.arraycopy(vals, i, vals, i + 1, size - i);
        keys[i] = key;
        vals[i] = value;
        size++;
        return null;
    }
    private void removeAt(int i) {
        System.arraycopy(keys, i + 1, keys, i, size - i - 1);
        System.arraycopy(vals, i + 1, vals, i, size - i - 1);
        size--;
        keys[size] = null;
        vals[size] = null;
    }
    public V remove(Object key) {
        int i = find(key);
        if (i < 0) return null;
        V old = (V) vals[i];
        removeAt(i);
        return old;
    }
    public void clear() {
        keys = new Object[8];
        vals = new Object[8];
        size = 0;
    }
    private Map.Entry<K, V> entry(int i) {
        return i < 0 || i >= size ? null : new AbstractMap.SimpleEntry<>((K) keys[i], (V) vals[i]);
    }
    private K key(int i) {
        return i < 0 || i >= size ? null : (K) keys[i];
    }
    private K keyOrThrow(int i) {
        if (size == 0) throw new NoSuchElementException();
        return (K) keys[i];
    }
    public K firstKey() { return keyOrThrow(0); }
    public K lastKey() { return keyOrThrow(size - 1); }
    public Map.Entry<K, V> firstEntry() { return entry(0); }
    public Map.Entry<K, V> lastEntry() { return entry(size - 1); }
    public Map.Entry<K, V> pollFirstEntry() {
        Map.Entry<K, V> e = entry(0);
        if (e != null) removeAt(0);
        return e;
    }
    public Map.Entry<K, V> pollLastEntry() {
        Map.Entry<K, V> e = entry(size - 1);
        if (e != null) removeAt(size - 1);
        return e;
    }
    /** The index of the greatest key below (or at, if `inclusive`) `key`. */
    private int below(Object key, boolean inclusive) {
        int i = find(key);
        if (i >= 0) return inclusive ? i : i - 1;
        return -i - 2;
    }
    /** The index of the least key above (or at, if `inclusive`) `key`. */
    private int above(Object key, boolean inclusive) {
        int i = find(key);
        if (i >= 0) return inclusive ? i : i + 1;
        return -i - 1;
    }
    public K floorKey(K key) { return key(below(key, true)); }
    public K lowerKey(K key) { return key(below(key, false)); }
    public K ceilingKey(K key) { return key(above(key, true)); }
    public K higherKey(K key) { return key(above(key, false)); }
    public Map.Entry<K, V> floorEntry(K key) { return entry(below(key, true)); }
    public Map.Entry<K, V> lowerEntry(K key) { return entry(below(key, false)); }
    public Map.Entry<K, V> ceilingEntry(K key) { return entry(above(key, true)); }
    public Map.Entry<K, V> higherEntry(K key) { return entry(above(key, false)); }
    public SortedMap<K, V> headMap(K to) { return range(0, above(to, true)); }
    public NavigableMap<K, V> headMap(K to, boolean inclusive) { return range(0, above(to, !inclusive)); }
    public SortedMap<K, V> tailMap(K from) { return range(above(from, true), size); }
    public NavigableMap<K, V> tailMap(K from, boolean inclusive) { return range(above(from, inclusive), size); }
    public SortedMap<K, V> subMap(K from, K to) { return range(above(from, true), above(to, true)); }
    private TreeMap<K, V> range(int from, int to) {
        TreeMap<K, V> m = new TreeMap<>(comparator);
        for (int i = from; i < to; i++) m.put((K) keys[i], (V) vals[i]);
        return m;
    }
    public NavigableMap<K, V> descendingMap() {
        TreeMap<K, V> m = new TreeMap<>(Collections.reverseOrder(comparator));
        m.putAll(this);
        return m;
    }
    public NavigableSet<K> navigableKeySet() {
        TreeSet<K> s = new TreeSet<>(comparator);
        s.addAll(keySet());
        return s;
    }
    public NavigableSet<K> descendingKeySet() { return descendingMap().navigableKeySet(); }

    final class View<T> extends AbstractSet<T> {
        final int kind;

        View(int kind) { this.kind = kind; }
        public int size() { return size; }
        public boolean contains(Object o) {
            if (kind == 0) return containsKey(o);
            if (kind == 1) return containsValue(o);
            return super.contains(o);
        }
        public Iterator<T> iterator() {
            return new Iterator<T>() {
                int cursor;
                int last = -1;
                public boolean hasNext() { return cursor < size; }
                public T next() {
                    if (cursor >= size) throw new NoSuchElementException();
                    last = cursor++;
                    if (kind == 0) return (T) keys[last];
                    if (kind == 1) return (T) vals[last];
                    return (T) new Entry(last);
                }
                public void remove() {
                    if (last < 0) throw new IllegalStateException();
                    removeAt(last);
                    cursor = last;
                    last = -1;
                }
            };
        }
    }

    final class Entry implements Map.Entry<K, V> {
        final int index;
        final K key;

        Entry(int index) {
            this.index = index;
            this.key = (K) keys[index];
        }
        public K getKey() { return key; }
        public V getValue() { return (V) vals[index]; }
        public V setValue(V v) {
            V old = (V) vals[index];
            vals[index] = v;
            return old;
        }
        public String toString() { return key + "=" + getValue(); }
        public int hashCode() { return Objects.hashCode(key) ^ Objects.hashCode(getValue()); }
        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(key, e.getKey()) && Objects.equals(getValue(), e.getValue());
        }
    }

    public Set<K> keySet() { return new View<K>(0); }
    public Collection<V> values() { return new View<V>(1); }
    public Set<Map.Entry<K, V>> entrySet() { return new View<Map.Entry<K, V>>(2); }
}
