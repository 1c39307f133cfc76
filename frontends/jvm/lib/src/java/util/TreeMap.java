package java.util;

/** A sorted map: a red-black tree, as the JDK's (insertion, deletion and the fix-ups of CLR),
 *  so `put`, `get` and `remove` are O(log n). Sub-maps and descending views are copies, not
 *  live views. */
public class TreeMap<K, V> extends AbstractMap<K, V> implements java.io.Serializable, NavigableMap<K, V> {
    private static final long serialVersionUID = 919286545866124006L;

    private static final boolean RED = false, BLACK = true;
    private final Comparator<? super K> comparator;
    private transient Entry<K, V> root;
    private transient int size;

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
    /** The entry of `key`, or null. */
    private Entry<K, V> find(Object key) {
        if (key == null && comparator == null) throw new NullPointerException();
        Entry<K, V> p = root;
        while (p != null) {
            int c = cmp(key, p.key);
            if (c < 0) p = p.left;
            else if (c > 0) p = p.right;
            else return p;
        }
        return null;
    }
    public Comparator<? super K> comparator() { return comparator; }
    public int size() { return size; }
    public boolean containsKey(Object key) { return find(key) != null; }
    public V get(Object key) {
        Entry<K, V> e = find(key);
        return e == null ? null : e.value;
    }
    public V put(K key, V value) {
        Entry<K, V> t = root;
        if (t == null) {
            cmp(key, key);
            root = new Entry<>(key, value, null);
            size = 1;
            return null;
        }
        if (key == null && comparator == null) throw new NullPointerException();
        Entry<K, V> parent;
        int c;
        do {
            parent = t;
            c = cmp(key, t.key);
            if (c < 0) t = t.left;
            else if (c > 0) t = t.right;
            else return t.setValue(value);
        } while (t != null);
        Entry<K, V> e = new Entry<>(key, value, parent);
        if (c < 0) parent.left = e;
        else parent.right = e;
        fixAfterInsertion(e);
        size++;
        return null;
    }
    public V remove(Object key) {
        Entry<K, V> p = find(key);
        if (p == null) return null;
        V old = p.value;
        deleteEntry(p);
        return old;
    }
    public void clear() {
        root = null;
        size = 0;
    }

    private Entry<K, V> first() {
        Entry<K, V> p = root;
        if (p != null) while (p.left != null) p = p.left;
        return p;
    }
    private Entry<K, V> last() {
        Entry<K, V> p = root;
        if (p != null) while (p.right != null) p = p.right;
        return p;
    }
    static <K, V> Entry<K, V> successor(Entry<K, V> t) {
        if (t == null) return null;
        if (t.right != null) {
            Entry<K, V> p = t.right;
            while (p.left != null) p = p.left;
            return p;
        }
        Entry<K, V> p = t.parent, ch = t;
        while (p != null && ch == p.right) {
            ch = p;
            p = p.parent;
        }
        return p;
    }
    static <K, V> Entry<K, V> predecessor(Entry<K, V> t) {
        if (t == null) return null;
        if (t.left != null) {
            Entry<K, V> p = t.left;
            while (p.right != null) p = p.right;
            return p;
        }
        Entry<K, V> p = t.parent, ch = t;
        while (p != null && ch == p.left) {
            ch = p;
            p = p.parent;
        }
        return p;
    }
    /** The entry of the greatest key below (or at, if `inclusive`) `key`. */
    private Entry<K, V> below(Object key, boolean inclusive) { return nearest(key, inclusive, false); }
    /** The entry of the least key above (or at, if `inclusive`) `key`. */
    private Entry<K, V> above(Object key, boolean inclusive) { return nearest(key, inclusive, true); }
    /** The entry nearest `key` on its side `up` (above, else below), or at `key` if `inclusive`. */
    private Entry<K, V> nearest(Object key, boolean inclusive, boolean up) {
        if (key == null && comparator == null) throw new NullPointerException();
        Entry<K, V> p = root, best = null;
        while (p != null) {
            int c = cmp(key, p.key);
            if (c == 0 && inclusive) return p;
            if (c != 0 && (c < 0) == up) {
                best = p;
                p = up ? p.left : p.right;
            } else {
                p = up ? p.right : p.left;
            }
        }
        return best;
    }
    private static <K, V> Map.Entry<K, V> export(Entry<K, V> e) {
        return e == null ? null : new AbstractMap.SimpleEntry<>(e.key, e.value);
    }
    private static <K> K keyOf(Entry<K, ?> e) { return e == null ? null : e.key; }
    private static <K> K keyOrThrow(Entry<K, ?> e) {
        if (e == null) throw new NoSuchElementException();
        return e.key;
    }
    public K firstKey() { return keyOrThrow(first()); }
    public K lastKey() { return keyOrThrow(last()); }
    public Map.Entry<K, V> firstEntry() { return export(first()); }
    public Map.Entry<K, V> lastEntry() { return export(last()); }
    public Map.Entry<K, V> pollFirstEntry() { return poll(first()); }
    public Map.Entry<K, V> pollLastEntry() { return poll(last()); }
    private Map.Entry<K, V> poll(Entry<K, V> e) {
        Map.Entry<K, V> out = export(e);
        if (e != null) deleteEntry(e);
        return out;
    }
    public K floorKey(K key) { return keyOf(below(key, true)); }
    public K lowerKey(K key) { return keyOf(below(key, false)); }
    public K ceilingKey(K key) { return keyOf(above(key, true)); }
    public K higherKey(K key) { return keyOf(above(key, false)); }
    public Map.Entry<K, V> floorEntry(K key) { return export(below(key, true)); }
    public Map.Entry<K, V> lowerEntry(K key) { return export(below(key, false)); }
    public Map.Entry<K, V> ceilingEntry(K key) { return export(above(key, true)); }
    public Map.Entry<K, V> higherEntry(K key) { return export(above(key, false)); }
    public SortedMap<K, V> headMap(K to) { return range(first(), above(to, true)); }
    public NavigableMap<K, V> headMap(K to, boolean inclusive) { return range(first(), above(to, !inclusive)); }
    public SortedMap<K, V> tailMap(K from) { return range(above(from, true), null); }
    public NavigableMap<K, V> tailMap(K from, boolean inclusive) { return range(above(from, inclusive), null); }
    public SortedMap<K, V> subMap(K from, K to) { return subMap(from, true, to, false); }
    public NavigableMap<K, V> subMap(K from, boolean fromInclusive, K to, boolean toInclusive) {
        if (cmp(from, to) > 0) throw new IllegalArgumentException("fromKey > toKey");
        return range(above(from, fromInclusive), above(to, !toInclusive));
    }
    /** A copy of the entries from `from` up to `to` (excluded; null: the end). */
    private TreeMap<K, V> range(Entry<K, V> from, Entry<K, V> to) {
        TreeMap<K, V> m = new TreeMap<>(comparator);
        for (Entry<K, V> e = from; e != null && e != to; e = successor(e)) m.put(e.key, e.value);
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
                Entry<K, V> next = first();
                Entry<K, V> last;
                public boolean hasNext() { return next != null; }
                public T next() {
                    if (next == null) throw new NoSuchElementException();
                    last = next;
                    next = successor(next);
                    if (kind == 0) return (T) last.key;
                    if (kind == 1) return (T) last.value;
                    return (T) last;
                }
                public void remove() {
                    if (last == null) throw new IllegalStateException();
                    // Deleting an entry with two children moves its successor's contents into it.
                    if (last.left != null && last.right != null) next = last;
                    deleteEntry(last);
                    last = null;
                }
            };
        }
    }

    static final class Entry<K, V> implements Map.Entry<K, V> {
        K key;
        V value;
        Entry<K, V> left, right, parent;
        boolean color = BLACK;

        Entry(K key, V value, Entry<K, V> parent) {
            this.key = key;
            this.value = value;
            this.parent = parent;
        }
        public K getKey() { return key; }
        public V getValue() { return value; }
        public V setValue(V v) {
            V old = value;
            value = v;
            return old;
        }
        public String toString() { return key + "=" + value; }
        public int hashCode() { return Objects.hashCode(key) ^ Objects.hashCode(value); }
        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }
    }

    // ---- red-black balancing (CLR, as in the JDK) ----

    private static <K, V> boolean colorOf(Entry<K, V> p) { return p == null ? BLACK : p.color; }
    private static <K, V> Entry<K, V> parentOf(Entry<K, V> p) { return p == null ? null : p.parent; }
    private static <K, V> void setColor(Entry<K, V> p, boolean c) {
        if (p != null) p.color = c;
    }
    private static <K, V> Entry<K, V> leftOf(Entry<K, V> p) { return p == null ? null : p.left; }
    private static <K, V> Entry<K, V> rightOf(Entry<K, V> p) { return p == null ? null : p.right; }

    private void rotateLeft(Entry<K, V> p) {
        if (p == null) return;
        Entry<K, V> r = p.right;
        p.right = r.left;
        if (r.left != null) r.left.parent = p;
        r.parent = p.parent;
        if (p.parent == null) root = r;
        else if (p.parent.left == p) p.parent.left = r;
        else p.parent.right = r;
        r.left = p;
        p.parent = r;
    }
    private void rotateRight(Entry<K, V> p) {
        if (p == null) return;
        Entry<K, V> l = p.left;
        p.left = l.right;
        if (l.right != null) l.right.parent = p;
        l.parent = p.parent;
        if (p.parent == null) root = l;
        else if (p.parent.right == p) p.parent.right = l;
        else p.parent.left = l;
        l.right = p;
        p.parent = l;
    }
    private void fixAfterInsertion(Entry<K, V> x) {
        x.color = RED;
        while (x != null && x != root && x.parent.color == RED) {
            if (parentOf(x) == leftOf(parentOf(parentOf(x)))) {
                Entry<K, V> y = rightOf(parentOf(parentOf(x)));
                if (colorOf(y) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(y, BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    x = parentOf(parentOf(x));
                } else {
                    if (x == rightOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateLeft(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateRight(parentOf(parentOf(x)));
                }
            } else {
                Entry<K, V> y = leftOf(parentOf(parentOf(x)));
                if (colorOf(y) == RED) {
                    setColor(parentOf(x), BLACK);
                    setColor(y, BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    x = parentOf(parentOf(x));
                } else {
                    if (x == leftOf(parentOf(x))) {
                        x = parentOf(x);
                        rotateRight(x);
                    }
                    setColor(parentOf(x), BLACK);
                    setColor(parentOf(parentOf(x)), RED);
                    rotateLeft(parentOf(parentOf(x)));
                }
            }
        }
        root.color = BLACK;
    }
    private void deleteEntry(Entry<K, V> p) {
        size--;
        if (p.left != null && p.right != null) {
            Entry<K, V> s = successor(p);
            p.key = s.key;
            p.value = s.value;
            p = s;
        }
        Entry<K, V> replacement = p.left != null ? p.left : p.right;
        if (replacement != null) {
            replacement.parent = p.parent;
            if (p.parent == null) root = replacement;
            else if (p == p.parent.left) p.parent.left = replacement;
            else p.parent.right = replacement;
            p.left = p.right = p.parent = null;
            if (p.color == BLACK) fixAfterDeletion(replacement);
        } else if (p.parent == null) {
            root = null;
        } else {
            if (p.color == BLACK) fixAfterDeletion(p);
            if (p.parent != null) {
                if (p == p.parent.left) p.parent.left = null;
                else if (p == p.parent.right) p.parent.right = null;
                p.parent = null;
            }
        }
    }
    private void fixAfterDeletion(Entry<K, V> x) {
        while (x != root && colorOf(x) == BLACK) {
            if (x == leftOf(parentOf(x))) {
                Entry<K, V> sib = rightOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateLeft(parentOf(x));
                    sib = rightOf(parentOf(x));
                }
                if (colorOf(leftOf(sib)) == BLACK && colorOf(rightOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(rightOf(sib)) == BLACK) {
                        setColor(leftOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateRight(sib);
                        sib = rightOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(rightOf(sib), BLACK);
                    rotateLeft(parentOf(x));
                    x = root;
                }
            } else {
                Entry<K, V> sib = leftOf(parentOf(x));
                if (colorOf(sib) == RED) {
                    setColor(sib, BLACK);
                    setColor(parentOf(x), RED);
                    rotateRight(parentOf(x));
                    sib = leftOf(parentOf(x));
                }
                if (colorOf(rightOf(sib)) == BLACK && colorOf(leftOf(sib)) == BLACK) {
                    setColor(sib, RED);
                    x = parentOf(x);
                } else {
                    if (colorOf(leftOf(sib)) == BLACK) {
                        setColor(rightOf(sib), BLACK);
                        setColor(sib, RED);
                        rotateLeft(sib);
                        sib = leftOf(parentOf(x));
                    }
                    setColor(sib, colorOf(parentOf(x)));
                    setColor(parentOf(x), BLACK);
                    setColor(leftOf(sib), BLACK);
                    rotateRight(parentOf(x));
                    x = root;
                }
            }
        }
        setColor(x, BLACK);
    }

    public Set<K> keySet() { return new View<K>(0); }
    public Collection<V> values() { return new View<V>(1); }
    public Set<Map.Entry<K, V>> entrySet() { return new View<Map.Entry<K, V>>(2); }

    /** The JDK's stream form: the field `comparator`, the size, then each key and value in
     *  order. */
    private void writeObject(java.io.ObjectOutputStream s) throws java.io.IOException {
        s.defaultWriteObject();
        s.writeInt(size);
        for (Map.Entry<K, V> e : entrySet()) {
            s.writeObject(e.getKey());
            s.writeObject(e.getValue());
        }
    }

    private void readObject(java.io.ObjectInputStream s) throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
        int n = s.readInt();
        root = null;
        size = 0;
        for (int i = 0; i < n; i++) {
            K key = (K) s.readObject();
            V value = (V) s.readObject();
            put(key, value);
        }
    }
}
