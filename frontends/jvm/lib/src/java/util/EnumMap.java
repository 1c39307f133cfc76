package java.util;

/** A map keyed by the constants of one enum, in ordinal order: a TreeMap under the enums'
 *  natural order (their ordinals). */
public class EnumMap<K extends Enum<K>, V> extends TreeMap<K, V> {
    public EnumMap(Class<K> keyType) { super(); }
    public EnumMap(EnumMap<K, ? extends V> m) {
        super();
        putAll(m);
    }
    public EnumMap(Map<K, ? extends V> m) {
        super();
        if (m.isEmpty() && !(m instanceof EnumMap)) throw new IllegalArgumentException("Specified map is empty");
        putAll(m);
    }
    /** Declared for the descriptor javac uses, `put(Enum, Object)`. */
    public V put(K key, V value) {
        if (key == null) throw new NullPointerException();
        return super.put(key, value);
    }
}
