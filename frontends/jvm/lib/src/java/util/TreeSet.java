package java.util;

public class TreeSet<E> extends AbstractSet<E> implements java.io.Serializable, NavigableSet<E> {
    private static final long serialVersionUID = -2479143000061671589L;

    private transient TreeMap<E, Object> map;

    public TreeSet() { map = new TreeMap<>(); }
    public TreeSet(Comparator<? super E> c) { map = new TreeMap<>(c); }
    public TreeSet(Collection<? extends E> c) {
        map = new TreeMap<>();
        addAll(c);
    }

    public Iterator<E> iterator() { return map.keySet().iterator(); }
    public Iterator<E> descendingIterator() { return map.descendingMap().keySet().iterator(); }
    public int size() { return map.size(); }
    public boolean contains(Object o) { return map.containsKey(o); }
    public boolean add(E e) { return map.put(e, Boolean.TRUE) == null; }
    public boolean remove(Object o) { return map.remove(o) != null; }
    public void clear() { map.clear(); }
    public E first() { return map.firstKey(); }
    public E last() { return map.lastKey(); }
    public E floor(E e) { return map.floorKey(e); }
    public E lower(E e) { return map.lowerKey(e); }
    public E ceiling(E e) { return map.ceilingKey(e); }
    public E higher(E e) { return map.higherKey(e); }
    public E pollFirst() {
        Map.Entry<E, Object> e = map.pollFirstEntry();
        return e == null ? null : e.getKey();
    }
    public E pollLast() {
        Map.Entry<E, Object> e = map.pollLastEntry();
        return e == null ? null : e.getKey();
    }
    private TreeSet<E> of(Set<E> keys) {
        TreeSet<E> s = new TreeSet<>(map.comparator());
        s.addAll(keys);
        return s;
    }
    public Comparator<? super E> comparator() { return map.comparator(); }
    public SortedSet<E> headSet(E to) { return of(map.headMap(to).keySet()); }
    public SortedSet<E> tailSet(E from) { return of(map.tailMap(from).keySet()); }
    public SortedSet<E> subSet(E from, E to) { return of(map.subMap(from, to).keySet()); }
    public NavigableSet<E> descendingSet() { return map.descendingKeySet(); }

    /** The JDK's stream form: the comparator, the size, then the elements in order. */
    private void writeObject(java.io.ObjectOutputStream s) throws java.io.IOException {
        s.defaultWriteObject();
        s.writeObject(map.comparator());
        s.writeInt(map.size());
        for (E e : map.keySet()) s.writeObject(e);
    }

    private void readObject(java.io.ObjectInputStream s) throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
        Comparator<? super E> c = (Comparator<? super E>) s.readObject();
        map = new TreeMap<>(c);
        int n = s.readInt();
        for (int i = 0; i < n; i++) map.put((E) s.readObject(), Boolean.TRUE);
    }
}
