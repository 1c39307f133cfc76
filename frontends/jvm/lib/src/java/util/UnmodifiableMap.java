package java.util;

import java.util.function.BiFunction;
import java.util.function.Function;

/** A read-only view of a map (`Collections.unmodifiableMap`, `emptyMap`, `singletonMap`), or an
 *  immutable map. As in the JDK, every mutator throws UnsupportedOperationException, even one
 *  that would change nothing; an immutable one (`Map.of`, `Map.ofEntries`, `Map.copyOf`) refuses
 *  nulls (NullPointerException, also from `contains(null)`); `Map.of` iterates in insertion order
 *  (the JDK's order is randomized per run). */
final class UnmodifiableMap<K, V> extends AbstractMap<K, V> {
    final Map<K, V> map;
    final boolean immutable;

    /** A new immutable map of alternating keys and values; duplicate keys are refused. */
    static <K, V> Map<K, V> of(Object[] kv) {
        LinkedHashMap<K, V> copy = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            Object k = Objects.requireNonNull(kv[i]);
            if (copy.put((K) k, (V) Objects.requireNonNull(kv[i + 1])) != null) {
                throw new IllegalArgumentException("duplicate key: " + k);
            }
        }
        return new UnmodifiableMap<>(copy, true);
    }
    /** A map entry whose `setValue` throws. */
    static <K, V> Map.Entry<K, V> entry(Map.Entry<K, V> e) {
        return new AbstractMap.SimpleEntry<K, V>(e.getKey(), e.getValue()) {
            public V setValue(V v) { throw new UnsupportedOperationException(); }
        };
    }

    UnmodifiableMap(Map<K, V> map, boolean immutable) {
        this.map = map;
        this.immutable = immutable;
    }
    private Object checked(Object o) { return immutable ? Objects.requireNonNull(o) : o; }
    public int size() { return map.size(); }
    public V get(Object k) { return map.get(checked(k)); }
    public boolean containsKey(Object k) { return map.containsKey(checked(k)); }
    public boolean containsValue(Object v) { return map.containsValue(checked(v)); }
    public V getOrDefault(Object k, V def) { return map.getOrDefault(checked(k), def); }
    public Set<K> keySet() { return new UnmodifiableSet<>(map.keySet(), immutable); }
    public Collection<V> values() { return new UnmodifiableCollection<>(map.values(), immutable); }
    public Set<Map.Entry<K, V>> entrySet() {
        Set<Map.Entry<K, V>> entries = map.entrySet();
        return new AbstractSet<Map.Entry<K, V>>() {
            public int size() { return entries.size(); }
            public Iterator<Map.Entry<K, V>> iterator() {
                Iterator<Map.Entry<K, V>> it = entries.iterator();
                return new Iterator<Map.Entry<K, V>>() {
                    public boolean hasNext() { return it.hasNext(); }
                    public Map.Entry<K, V> next() { return entry(it.next()); }
                    public void remove() { throw new UnsupportedOperationException(); }
                };
            }
            public boolean add(Map.Entry<K, V> e) { throw new UnsupportedOperationException(); }
            public boolean remove(Object o) { throw new UnsupportedOperationException(); }
            public void clear() { throw new UnsupportedOperationException(); }
        };
    }
    public V put(K k, V v) { throw new UnsupportedOperationException(); }
    public V remove(Object k) { throw new UnsupportedOperationException(); }
    public void putAll(Map<? extends K, ? extends V> m) { throw new UnsupportedOperationException(); }
    public void clear() { throw new UnsupportedOperationException(); }
    public V putIfAbsent(K k, V v) { throw new UnsupportedOperationException(); }
    public V merge(K k, V v, BiFunction<? super V, ? super V, ? extends V> f) { throw new UnsupportedOperationException(); }
    public V computeIfAbsent(K k, Function<? super K, ? extends V> f) { throw new UnsupportedOperationException(); }
    public V computeIfPresent(K k, BiFunction<? super K, ? super V, ? extends V> f) { throw new UnsupportedOperationException(); }
    public V compute(K k, BiFunction<? super K, ? super V, ? extends V> f) { throw new UnsupportedOperationException(); }
    public boolean remove(Object k, Object v) { throw new UnsupportedOperationException(); }
    public V replace(K k, V v) { throw new UnsupportedOperationException(); }
    public void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) { throw new UnsupportedOperationException(); }
    public String toString() { return map.toString(); }
}
