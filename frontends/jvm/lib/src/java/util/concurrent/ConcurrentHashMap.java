package java.util.concurrent;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/** A HashMap (one thread runs at a time) that refuses null keys and values as the JDK's does.
 *  Iteration order is HashMap's, which is the JDK's ConcurrentHashMap order unless a bin
 *  holds colliding keys when the table grows.
 *  The methods that run a function of the program (`compute`, `merge`, ...: the function can
 *  be preempted) and the updates are `synchronized` on the map, as the JDK locks the bin: an
 *  update waits for a preempted function to finish, so `compute` is atomic. Monitors cost
 *  nothing in a program without threads (synchronized.rs); reads take no lock. */
public class ConcurrentHashMap<K, V> extends HashMap<K, V> implements ConcurrentMap<K, V> {
    public ConcurrentHashMap() { super(); }
    public ConcurrentHashMap(int initialCapacity) { super(initialCapacity); }
    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        super();
        putAll(m);
    }
    public synchronized V put(K key, V value) {
        if (key == null || value == null) throw new NullPointerException();
        return super.put(key, value);
    }
    public synchronized V putIfAbsent(K key, V value) {
        if (key == null || value == null) throw new NullPointerException();
        return super.putIfAbsent(key, value);
    }
    public synchronized V remove(Object key) {
        if (key == null) throw new NullPointerException();
        return super.remove(key);
    }
    public synchronized boolean remove(Object key, Object value) {
        if (key == null) throw new NullPointerException();
        return value != null && super.remove(key, value);
    }
    public synchronized V replace(K key, V value) {
        if (key == null || value == null) throw new NullPointerException();
        return super.replace(key, value);
    }
    public synchronized boolean replace(K key, V oldValue, V newValue) {
        if (key == null || oldValue == null || newValue == null) throw new NullPointerException();
        V current = super.get(key);
        if (current == null || !current.equals(oldValue)) return false;
        super.put(key, newValue);
        return true;
    }
    public synchronized void clear() { super.clear(); }
    public synchronized V computeIfAbsent(K key, Function<? super K, ? extends V> f) {
        if (key == null || f == null) throw new NullPointerException();
        return super.computeIfAbsent(key, f);
    }
    public synchronized V computeIfPresent(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        if (key == null || f == null) throw new NullPointerException();
        return super.computeIfPresent(key, f);
    }
    public synchronized V compute(K key, BiFunction<? super K, ? super V, ? extends V> f) {
        if (key == null || f == null) throw new NullPointerException();
        return super.compute(key, f);
    }
    public synchronized V merge(K key, V value, BiFunction<? super V, ? super V, ? extends V> f) {
        if (key == null || value == null || f == null) throw new NullPointerException();
        return super.merge(key, value, f);
    }
    public synchronized void replaceAll(BiFunction<? super K, ? super V, ? extends V> f) { super.replaceAll(f); }
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
