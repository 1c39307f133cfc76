package java.util;

/** A hash table with the JDK's bucket index (spread hash & (n - 1)), doubling and order-keeping
 *  split on resize, so iteration order is HotSpot's (bins are never treeified). */
public class HashMap<K, V> extends AbstractMap<K, V> implements java.io.Serializable {
    private static final long serialVersionUID = 362498820763181265L;

    static class Node<K, V> implements Map.Entry<K, V> {
        final int hash;
        final K key;
        V value;
        Node<K, V> next;
        Node<K, V> before;
        Node<K, V> after;

        Node(int hash, K key, V value) {
            this.hash = hash;
            this.key = key;
            this.value = value;
        }
        public final K getKey() { return key; }
        public final V getValue() { return value; }
        public final V setValue(V v) {
            V old = value;
            value = v;
            return old;
        }
        public final String toString() { return key + "=" + value; }
        public final int hashCode() { return Objects.hashCode(key) ^ Objects.hashCode(value); }
        public final boolean equals(Object o) {
            if (o == this) return true;
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }
    }

    transient Node<K, V>[] table;
    transient int size;
    int threshold;
    final float loadFactor;

    public HashMap() { loadFactor = 0.75f; }
    public HashMap(int initialCapacity) { this(initialCapacity, 0.75f); }
    public HashMap(int initialCapacity, float loadFactor) {
        if (initialCapacity < 0) throw new IllegalArgumentException("Illegal initial capacity: " + initialCapacity);
        this.loadFactor = loadFactor;
        this.threshold = tableSizeFor(initialCapacity);
    }
    public HashMap(Map<? extends K, ? extends V> m) {
        loadFactor = 0.75f;
        int s = m.size();
        if (s > 0) {
            float ft = ((float) s / loadFactor) + 1.0F;
            int t = ft < (float) (1 << 30) ? (int) ft : (1 << 30);
            threshold = tableSizeFor(t);
        }
        putAll(m);
    }

    static int tableSizeFor(int cap) {
        int n = 1;
        while (n < cap) n <<= 1;
        return n > (1 << 30) ? (1 << 30) : n;
    }
    static int hash(Object key) {
        int h;
        return key == null ? 0 : (h = key.hashCode()) ^ (h >>> 16);
    }

    final Node<K, V>[] resize() {
        Node<K, V>[] old = table;
        int oldCap = old == null ? 0 : old.length;
        int oldThr = threshold;
        int newCap;
        int newThr = 0;
        if (oldCap > 0) {
            newCap = oldCap << 1;
            if (oldCap >= 16) newThr = oldThr << 1;
        } else if (oldThr > 0) {
            newCap = oldThr;
        } else {
            newCap = 16;
            newThr = 12;
        }
        if (newThr == 0) newThr = (int) ((float) newCap * loadFactor);
        threshold = newThr;
        Node<K, V>[] tab = (Node<K, V>[]) new Node[newCap];
        table = tab;
        if (old != null) {
            for (int j = 0; j < oldCap; ++j) {
                Node<K, V> e = old[j];
                if (e == null) continue;
                old[j] = null;
                Node<K, V> loHead = null, loTail = null, hiHead = null, hiTail = null;
                while (e != null) {
                    Node<K, V> next = e.next;
                    if ((e.hash & oldCap) == 0) {
                        if (loTail == null) loHead = e;
                        else loTail.next = e;
                        loTail = e;
                    } else {
                        if (hiTail == null) hiHead = e;
                        else hiTail.next = e;
                        hiTail = e;
                    }
                    e = next;
                }
                if (loTail != null) {
                    loTail.next = null;
                    tab[j] = loHead;
                }
                if (hiTail != null) {
                    hiTail.next = null;
                    tab[j + oldCap] = hiHead;
                }
            }
        }
        return tab;
    }

    final Node<K, V> getNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null) return null;
        int h = hash(key);
        for (Node<K, V> e = tab[h & (tab.length - 1)]; e != null; e = e.next) {
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) return e;
        }
        return null;
    }

    /** Hooks for LinkedHashMap. */
    void linkNew(Node<K, V> e) {}
    void unlink(Node<K, V> e) {}
    void accessed(Node<K, V> e) {}

    public V get(Object key) {
        Node<K, V> e = getNode(key);
        if (e == null) return null;
        accessed(e);
        return e.value;
    }
    public boolean containsKey(Object key) { return getNode(key) != null; }
    public V put(K key, V value) { return putVal(hash(key), key, value, false); }
    public V putIfAbsent(K key, V value) { return putVal(hash(key), key, value, true); }

    final V putVal(int h, K key, V value, boolean onlyIfAbsent) {
        Node<K, V>[] tab = table;
        if (tab == null || tab.length == 0) tab = resize();
        int i = h & (tab.length - 1);
        Node<K, V> p = tab[i];
        if (p == null) {
            tab[i] = newNode(h, key, value);
        } else {
            Node<K, V> e;
            for (;;) {
                if (p.hash == h && (p.key == key || (key != null && key.equals(p.key)))) {
                    e = p;
                    break;
                }
                if (p.next == null) {
                    p.next = newNode(h, key, value);
                    e = null;
                    break;
                }
                p = p.next;
            }
            if (e != null) {
                V old = e.value;
                if (!onlyIfAbsent || old == null) e.value = value;
                accessed(e);
                return old;
            }
        }
        if (++size > threshold) resize();
        return null;
    }

    private Node<K, V> newNode(int h, K key, V value) {
        Node<K, V> n = new Node<>(h, key, value);
        linkNew(n);
        return n;
    }

    // compute / computeIfAbsent / merge as the JDK's HashMap does them: resize first when over
    // the threshold, and a new key goes to the head of its bin.
    private Node<K, V>[] tableForInsert() {
        Node<K, V>[] tab = table;
        if (size > threshold || tab == null || tab.length == 0) tab = resize();
        return tab;
    }
    private void insertHead(Node<K, V>[] tab, int h, K key, V value) {
        int i = h & (tab.length - 1);
        Node<K, V> n = newNode(h, key, value);
        n.next = tab[i];
        tab[i] = n;
        size++;
    }
    public V computeIfAbsent(K key, java.util.function.Function<? super K, ? extends V> f) {
        int h = hash(key);
        Node<K, V>[] tab = tableForInsert();
        Node<K, V> old = getNode(key);
        if (old != null && old.value != null) {
            accessed(old);
            return old.value;
        }
        V v = f.apply(key);
        if (v == null) return null;
        if (old != null) {
            old.value = v;
            accessed(old);
            return v;
        }
        insertHead(tab, h, key, v);
        return v;
    }
    public V compute(K key, java.util.function.BiFunction<? super K, ? super V, ? extends V> f) {
        int h = hash(key);
        Node<K, V>[] tab = tableForInsert();
        Node<K, V> old = getNode(key);
        V v = f.apply(key, old == null ? null : old.value);
        if (old != null) {
            if (v != null) {
                old.value = v;
                accessed(old);
            } else {
                removeNode(key);
            }
        } else if (v != null) {
            insertHead(tab, h, key, v);
        }
        return v;
    }
    public V merge(K key, V value, java.util.function.BiFunction<? super V, ? super V, ? extends V> f) {
        if (value == null || f == null) throw new NullPointerException();
        int h = hash(key);
        Node<K, V>[] tab = tableForInsert();
        Node<K, V> old = getNode(key);
        if (old != null) {
            V v = old.value != null ? f.apply(old.value, value) : value;
            if (v != null) {
                old.value = v;
                accessed(old);
            } else {
                removeNode(key);
            }
            return v;
        }
        insertHead(tab, h, key, value);
        return value;
    }

    public V remove(Object key) {
        Node<K, V> e = removeNode(key);
        return e == null ? null : e.value;
    }
    final Node<K, V> removeNode(Object key) {
        Node<K, V>[] tab = table;
        if (tab == null) return null;
        int h = hash(key);
        int i = h & (tab.length - 1);
        Node<K, V> prev = null;
        for (Node<K, V> e = tab[i]; e != null; prev = e, e = e.next) {
            if (e.hash == h && (e.key == key || (key != null && key.equals(e.key)))) {
                if (prev == null) tab[i] = e.next;
                else prev.next = e.next;
                size--;
                unlink(e);
                return e;
            }
        }
        return null;
    }
    public int size() { return size; }
    public boolean isEmpty() { return size == 0; }
    public void clear() {
        if (table != null && size > 0) {
            for (int i = 0; i < table.length; i++) table[i] = null;
        }
        size = 0;
        unlink(null);
    }
    public boolean containsValue(Object v) {
        for (Iterator<Node<K, V>> it = nodes(); it.hasNext();) {
            if (Objects.equals(v, it.next().value)) return true;
        }
        return false;
    }

    /** The nodes in iteration order. */
    Iterator<Node<K, V>> nodes() { return new TableIterator(); }

    private class TableIterator implements Iterator<Node<K, V>> {
        Node<K, V> next;
        Node<K, V> current;
        int index;

        TableIterator() {
            Node<K, V>[] t = table;
            if (t != null && size > 0) {
                while (index < t.length && (next = t[index++]) == null) {}
            }
        }
        public boolean hasNext() { return next != null; }
        public Node<K, V> next() {
            Node<K, V> e = next;
            if (e == null) throw new NoSuchElementException();
            current = e;
            next = e.next;
            Node<K, V>[] t = table;
            if (next == null && t != null) {
                while (index < t.length && (next = t[index++]) == null) {}
            }
            return e;
        }
        public void remove() {
            if (current == null) throw new IllegalStateException();
            removeNode(current.key);
            current = null;
        }
    }

    /** A view of the nodes as keys (0), values (1) or entries (2). */
    final class View<T> extends AbstractSet<T> {
        final int kind;

        View(int kind) { this.kind = kind; }
        public int size() { return size; }
        public void clear() { HashMap.this.clear(); }
        public boolean contains(Object o) {
            if (kind == 0) return containsKey(o);
            if (kind == 1) return containsValue(o);
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            Node<K, V> n = getNode(e.getKey());
            return n != null && n.equals(e);
        }
        public boolean remove(Object o) {
            if (kind == 0) return removeNode(o) != null;
            return super.remove(o);
        }
        public Iterator<T> iterator() {
            Iterator<Node<K, V>> it = nodes();
            return new Iterator<T>() {
                public boolean hasNext() { return it.hasNext(); }
                public T next() {
                    Node<K, V> n = it.next();
                    return (T) (kind == 0 ? n.key : kind == 1 ? n.value : n);
                }
                public void remove() { it.remove(); }
            };
        }
    }

    public Set<K> keySet() { return new View<K>(0); }
    public Collection<V> values() { return new View<V>(1); }
    public Set<Map.Entry<K, V>> entrySet() { return new View<Map.Entry<K, V>>(2); }

    /** The JDK's stream form: the fields `loadFactor` and `threshold`, the number of buckets,
     *  the size, then each key and value in iteration order (the JDK's bucket order; a
     *  `LinkedHashMap`'s insertion order). */
    private void writeObject(java.io.ObjectOutputStream s) throws java.io.IOException {
        int buckets = table != null ? table.length : threshold > 0 ? threshold : 16;
        s.defaultWriteObject();
        s.writeInt(buckets);
        s.writeInt(size);
        for (Map.Entry<K, V> e : entrySet()) {
            s.writeObject(e.getKey());
            s.writeObject(e.getValue());
        }
    }

    /** As the JDK's: a table sized for the mappings read, so iteration order is HotSpot's. */
    private void readObject(java.io.ObjectInputStream s) throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) throw new java.io.InvalidObjectException("Illegal load factor: " + loadFactor);
        s.readInt();
        int mappings = s.readInt();
        if (mappings < 0) throw new java.io.InvalidObjectException("Illegal mappings count: " + mappings);
        table = null;
        size = 0;
        threshold = 0;
        if (mappings > 0) {
            float lf = Math.min(Math.max(0.25f, loadFactor), 4.0f);
            float fc = (float) mappings / lf + 1.0f;
            threshold = fc < 16 ? 16 : fc >= (1 << 30) ? (1 << 30) : tableSizeFor((int) fc);
            for (int i = 0; i < mappings; i++) {
                K key = (K) s.readObject();
                V value = (V) s.readObject();
                put(key, value);
            }
        }
    }
}
