package java.util;

public class HashSet<E> extends AbstractSet<E> implements java.io.Serializable {
    private static final long serialVersionUID = -5024744406713321676L;

    transient HashMap<E, Object> map;
    static final Object PRESENT = new Object();

    public HashSet() { map = new HashMap<>(); }
    public HashSet(int capacity) { map = new HashMap<>(capacity); }
    public HashSet(Collection<? extends E> c) {
        map = new HashMap<>(Math.max((int) (c.size() / .75f) + 1, 16));
        addAll(c);
    }
    HashSet(HashMap<E, Object> map) { this.map = map; }

    public Iterator<E> iterator() { return map.keySet().iterator(); }
    public int size() { return map.size(); }
    public boolean isEmpty() { return map.isEmpty(); }
    public boolean contains(Object o) { return map.containsKey(o); }
    public boolean add(E e) { return map.put(e, PRESENT) == null; }
    public boolean remove(Object o) { return map.remove(o) == PRESENT; }
    public void clear() { map.clear(); }

    /** The JDK's stream form: the map's capacity, load factor and size, then the elements. */
    private void writeObject(java.io.ObjectOutputStream s) throws java.io.IOException {
        s.defaultWriteObject();
        HashMap<E, Object> m = map;
        s.writeInt(m.table != null ? m.table.length : m.threshold > 0 ? m.threshold : 16);
        s.writeFloat(m.loadFactor);
        s.writeInt(m.size);
        for (E e : m.keySet()) s.writeObject(e);
    }

    private void readObject(java.io.ObjectInputStream s) throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
        int capacity = s.readInt();
        if (capacity < 0) throw new java.io.InvalidObjectException("Illegal capacity: " + capacity);
        float loadFactor = s.readFloat();
        if (loadFactor <= 0 || Float.isNaN(loadFactor)) throw new java.io.InvalidObjectException("Illegal load factor: " + loadFactor);
        int size = s.readInt();
        if (size < 0) throw new java.io.InvalidObjectException("Illegal size: " + size);
        capacity = (int) Math.min(size * Math.min(1 / loadFactor, 4.0f), (float) (1 << 30));
        map = this instanceof LinkedHashSet ? new LinkedHashMap<>(capacity, loadFactor, false) : new HashMap<>(capacity, loadFactor);
        for (int i = 0; i < size; i++) map.put((E) s.readObject(), PRESENT);
    }
}
