package java.util.concurrent;

import java.util.HashMap;
import java.util.Map;

/** A HashMap (one thread runs at a time) that refuses null keys and values as the JDK's does.
 *  Iteration order is HashMap's, which is the JDK's ConcurrentHashMap order unless a bin
 *  holds colliding keys when the table grows. */
public class ConcurrentHashMap<K, V> extends HashMap<K, V> implements ConcurrentMap<K, V> {
    public ConcurrentHashMap() { super(); }
    public ConcurrentHashMap(int initialCapacity) { super(initialCapacity); }
    public ConcurrentHashMap(Map<? extends K, ? extends V> m) {
        super();
        putAll(m);
    }
    public V put(K key, V value) {
        if (key == null || value == null) throw new NullPointerException();
        return super.put(key, value);
    }
    public V putIfAbsent(K key, V value) {
        if (key == null || value == null) throw new NullPointerException();
        return super.putIfAbsent(key, value);
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
