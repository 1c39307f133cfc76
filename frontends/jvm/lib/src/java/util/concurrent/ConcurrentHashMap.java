package java.util.concurrent;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A HashMap (one thread runs at a time) that refuses null keys and values as the JDK's does.
 *  Iteration order is HashMap's, which is the JDK's ConcurrentHashMap order unless a bin
 *  holds colliding keys when the table grows.
 *  The methods that run a function of the program (`compute`, `merge`, ...: the function can
 *  be preempted) are `synchronized` on the map, as the JDK locks the bin, and count themselves
 *  in `computing`; an update made while one runs (`settle`) waits for the map's monitor, so
 *  `compute` is atomic. The library's code is not preempted, so an update made while none runs
 *  needs no lock. Monitors cost nothing in a program without threads (synchronized.rs); reads
 *  take no lock. */
public class ConcurrentHashMap<K, V> extends HashMap<K, V> implements ConcurrentMap<K, V> {
    /** Calls of the compute family in progress (holding the map's monitor). */
    private int computing;

    /** Waits for the compute family's calls of other threads to finish. */
    private void settle() {
        if (computing > 0) {
            synchronized (this) {
                computing += 0;
            }
        }
    }
    public ConcurrentHashMap() { super(); }
    public ConcurrentHashMap(int initialCapacity) { super(initialCapacity); }
    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        super();
        putAll(m);
    }
    public V put(K key, V value) {
        if (key == null || value == null) throw new NullPointerException();
        settle();
        return super.put(key, value);
    }
    public V putIfAbsent(K key, V value) {
        if (key == null || value == null) throw new NullPointerException();
        settle();
        return super.putIfAbsent(key, value);
    }
    public V remove(Object key) {
        if (key == null) throw new NullPointerException();
        settle();
        return super.remove(key);
    }
    public boolean remove(Object key, Object value) {
        if (key == null) throw new NullPointerException();
        settle();
        return value != null && super.remove(key, value);
    }
    public V replace(K key, V value) {
        if (key == null || value == null) throw new NullPointerException();
        settle();
        return super.replace(key, value);
    }
    public boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) throw new NullPointerException();
        settle();
        V current = super.get(key);
        if (current == null || !current.equals(oldValue)) return false;
        super.put(key, newValue);
        return true;
    }
    public void clear() {
        settle();
        super.clear();
    }
    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
        if (key == null || f == null) throw new NullPointerException();
        computing++;
        try {
            return super.computeIfAbsent(key, f);
        } finally {
            computing--;
        }
    }
    public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        if (key == null || f == null) throw new NullPointerException();
        computing++;
        try {
            return super.computeIfPresent(key, f);
        } finally {
            computing--;
        }
    }
    public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        if (key == null || f == null) throw new NullPointerException();
        computing++;
        try {
            return super.compute(key, f);
        } finally {
            computing--;
        }
    }
    public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
        if (key == null || value == null || f == null) throw new NullPointerException();
        computing++;
        try {
            return super.merge(key, value, f);
        } finally {
            computing--;
        }
    }
    public synchronized void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) {
        computing++;
        try {
            super.replaceAll(f);
        } finally {
            computing--;
        }
    }
    public V get(Object key) {
        if (key == null) throw new NullPointerException();
        return super.get(key);
    }
    public boolean containsKey(Object key) {
        if (key == null) throw new NullPointerException();
        return super.containsKey(key);
    }
    public long mappingCount() { return size(); }
}
