package java.util;

public abstract class AbstractCollection<E> implements Collection<E> {
    protected AbstractCollection() {}

    public abstract Iterator<E> iterator();
    public abstract int size();

    public boolean isEmpty() { return size() == 0; }
    public boolean contains(Object o) {
        for (Iterator<E> it = iterator(); it.hasNext();) {
            if (Objects.equals(o, it.next())) return true;
        }
        return false;
    }
    public boolean add(E e) { throw new UnsupportedOperationException(); }
    public boolean remove(Object o) {
        for (Iterator<E> it = iterator(); it.hasNext();) {
            if (Objects.equals(o, it.next())) {
                it.remove();
                return true;
            }
        }
        return false;
    }
    public boolean addAll(Collection<? extends E> c) {
        boolean changed = false;
        for (E e : c) changed |= add(e);
        return changed;
    }
    public boolean containsAll(Collection<?> c) {
        for (Object e : c) if (!contains(e)) return false;
        return true;
    }
    public boolean removeAll(Collection<?> c) {
        boolean changed = false;
        for (Iterator<E> it = iterator(); it.hasNext();) {
            if (c.contains(it.next())) {
                it.remove();
                changed = true;
            }
        }
        return changed;
    }
    public boolean retainAll(Collection<?> c) {
        boolean changed = false;
        for (Iterator<E> it = iterator(); it.hasNext();) {
            if (!c.contains(it.next())) {
                it.remove();
                changed = true;
            }
        }
        return changed;
    }
    public void clear() {
        for (Iterator<E> it = iterator(); it.hasNext();) {
            it.next();
            it.remove();
        }
    }
    public Object[] toArray() {
        Object[] a = new Object[size()];
        int i = 0;
        for (E e : this) a[i++] = e;
        return a;
    }
    public <T> T[] toArray(T[] a) {
        Object[] all = toArray();
        if (a.length < all.length) a = (T[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), all.length);
        System.arraycopy(all, 0, a, 0, all.length);
        if (a.length > all.length) a[all.length] = null;
        return a;
    }
    public String toString() {
        Iterator<E> it = iterator();
        if (!it.hasNext()) return "[]";
        StringBuilder sb = new StringBuilder();
        sb.append('[');
        for (;;) {
            E e = it.next();
            sb.append(e == this ? "(this Collection)" : String.valueOf(e));
            if (!it.hasNext()) return sb.append(']').toString();
            sb.append(", ");
        }
    }
}
