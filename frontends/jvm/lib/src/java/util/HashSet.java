package java.util;

public class HashSet<E> extends AbstractSet<E> {
    final HashMap<E, Object> map;
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
}
