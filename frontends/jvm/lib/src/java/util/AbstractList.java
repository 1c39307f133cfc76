package java.util;

public abstract class AbstractList<E> extends AbstractCollection<E> implements List<E> {
    protected AbstractList() {}

    public abstract E get(int index);
    public boolean add(E e) {
        add(size(), e);
        return true;
    }
    public E set(int index, E e) { throw new UnsupportedOperationException(); }
    public void add(int index, E e) { throw new UnsupportedOperationException(); }
    public E remove(int index) { throw new UnsupportedOperationException(); }
    public int indexOf(Object o) {
        for (int i = 0; i < size(); i++) if (Objects.equals(o, get(i))) return i;
        return -1;
    }
    public int lastIndexOf(Object o) {
        for (int i = size() - 1; i >= 0; i--) if (Objects.equals(o, get(i))) return i;
        return -1;
    }
    public void clear() {
        for (int i = size() - 1; i >= 0; i--) remove(i);
    }
    public Iterator<E> iterator() { return new Itr(0); }
    public ListIterator<E> listIterator() { return new Itr(0); }
    public List<E> subList(int from, int to) {
        checkRange(from, to, size());
        ArrayList<E> out = new ArrayList<>();
        for (int i = from; i < to; i++) out.add(get(i));
        return out;
    }
    static void checkRange(int from, int to, int size) {
        if (from < 0) throw new IndexOutOfBoundsException("fromIndex = " + from);
        if (to > size) throw new IndexOutOfBoundsException("toIndex = " + to);
        if (from > to) throw new IllegalArgumentException("fromIndex(" + from + ") > toIndex(" + to + ")");
    }
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof List)) return false;
        Iterator<E> a = iterator();
        Iterator<?> b = ((List<?>) o).iterator();
        while (a.hasNext() && b.hasNext()) {
            if (!Objects.equals(a.next(), b.next())) return false;
        }
        return !(a.hasNext() || b.hasNext());
    }
    public int hashCode() {
        int h = 1;
        for (E e : this) h = 31 * h + Objects.hashCode(e);
        return h;
    }

    private class Itr extends IndexIterator<E> {
        Itr(int start) { super(start, false); }
        E at(int index) { return get(index); }
        int count() { return size(); }
        void removeAt(int index) { AbstractList.this.remove(index); }
        public void set(E e) {
            if (last < 0) throw new IllegalStateException();
            AbstractList.this.set(last, e);
        }
        public void add(E e) {
            AbstractList.this.add(cursor++, e);
            last = -1;
        }
    }
}
