package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;

/** An ArrayList whose iterators walk a snapshot, so the list may change during iteration. */
public class CopyOnWriteArrayList<E> extends ArrayList<E> {
    public CopyOnWriteArrayList() { super(); }
    public CopyOnWriteArrayList(Collection<? extends E> c) { super(c); }
    public Iterator<E> iterator() { return new ArrayList<E>(this).iterator(); }
    public boolean addIfAbsent(E e) {
        if (contains(e)) return false;
        return add(e);
    }
}
