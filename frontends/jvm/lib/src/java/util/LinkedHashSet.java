package java.util;

public class LinkedHashSet<E> extends HashSet<E> {
    private static final long serialVersionUID = -2851667679971038690L;

    public LinkedHashSet() { super(new LinkedHashMap<>()); }
    public LinkedHashSet(int capacity) { super(new LinkedHashMap<>(capacity)); }
    public LinkedHashSet(Collection<? extends E> c) {
        super(new LinkedHashMap<>());
        addAll(c);
    }
}
