package java.util;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;

public interface Map<K, V> {
    int size();
    boolean isEmpty();
    boolean containsKey(Object key);
    boolean containsValue(Object value);
    V get(Object key);
    V put(K key, V value);
    V remove(Object key);
    void putAll(Map<? extends K, ? extends V> m);
    void clear();
    Set<K> keySet();
    Collection<V> values();
    Set<Map.Entry<K, V>> entrySet();

    interface Entry<K, V> {
        K getKey();
        V getValue();
        V setValue(V value);
        static <K extends Comparable<? super K>, V> Comparator<Map.Entry<K, V>> comparingByKey() {
            return (a, b) -> a.getKey().compareTo(b.getKey());
        }
        static <K, V extends Comparable<? super V>> Comparator<Map.Entry<K, V>> comparingByValue() {
            return (a, b) -> a.getValue().compareTo(b.getValue());
        }
    }

    default V getOrDefault(Object key, V def) {
        V v = get(key);
        return (v != null || containsKey(key)) ? v : def;
    }
    default V putIfAbsent(K key, V value) {
        V v = get(key);
        if (v == null) v = put(key, value);
        return v;
    }
    default void forEach(BiConsumer<? super K, ? super V> action) {
        for (Map.Entry<K, V> e : entrySet()) action.accept(e.getKey(), e.getValue());
    }
    default V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
        V old = get(key);
        V now = (old == null) ? value : f.apply(old, value);
        if (now == null) remove(key);
        else put(key, now);
        return now;
    }
    default V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
        V v = get(key);
        if (v == null) {
            v = f.apply(key);
            if (v != null) put(key, v);
        }
        return v;
    }
    default V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        V old = get(key);
        if (old != null) {
            V v = f.apply(key, old);
            if (v != null) put(key, v);
            else remove(key);
            return v;
        }
        return null;
    }
    default V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        V old = get(key);
        V v = f.apply(key, old);
        if (v == null) {
            if (old != null || containsKey(key)) remove(key);
            return null;
        }
        put(key, v);
        return v;
    }
    default boolean remove(Object key, Object value) {
        if (containsKey(key) && Objects.equals(get(key), value)) {
            remove(key);
            return true;
        }
        return false;
    }
    default V replace(K key, V value) {
        return containsKey(key) ? put(key, value) : null;
    }
    default void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
        for (Map.Entry<K, V> e : entrySet()) e.setValue(f.apply(e.getKey(), e.getValue()));
    }
    static <K, V> Map<K, V> of() { return pairs(); }
    static <K, V> Map<K, V> of(K k1, V v1) { return pairs(k1, v1); }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2) { return pairs(k1, v1, k2, v2); }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3) { return pairs(k1, v1, k2, v2, k3, v3); }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4) { return pairs(k1, v1, k2, v2, k3, v3, k4, v4); }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5) { return pairs(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5); }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6) { return pairs(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6); }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7) { return pairs(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7); }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8) { return pairs(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8); }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8, K k9, V v9) { return pairs(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8, k9, v9); }
    static <K, V> Map<K, V> of(K k1, V v1, K k2, V v2, K k3, V v3, K k4, V v4, K k5, V v5, K k6, V v6, K k7, V v7, K k8, V v8, K k9, V v9, K k10, V v10) { return pairs(k1, v1, k2, v2, k3, v3, k4, v4, k5, v5, k6, v6, k7, v7, k8, v8, k9, v9, k10, v10); }
    /** `Map.of`: the keys and values alternate (insertion order; see docs/jvm.md). */
    private static <K, V> Map<K, V> pairs(Object... kv) { return UnmodifiableMap.of(kv); }
    @SafeVarargs
    static <K, V> Map<K, V> ofEntries(Map.Entry<? extends K, ? extends V>... entries) {
        Object[] kv = new Object[2 * entries.length];
        for (int i = 0; i < entries.length; i++) {
            kv[2 * i] = entries[i].getKey();
            kv[2 * i + 1] = entries[i].getValue();
        }
        return UnmodifiableMap.of(kv);
    }
    static <K, V> Map.Entry<K, V> entry(K k, V v) {
        return UnmodifiableMap.entry(new AbstractMap.SimpleEntry<>(Objects.requireNonNull(k), Objects.requireNonNull(v)));
    }
    static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> m) {
        if (m instanceof UnmodifiableMap && ((UnmodifiableMap<?, ?>) m).immutable) return (Map<K, V>) m;
        LinkedHashMap<K, V> copy = new LinkedHashMap<>();
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey()), Objects.requireNonNull(e.getValue()));
        }
        return new UnmodifiableMap<>(copy, true);
    }
}
