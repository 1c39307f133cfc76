package java.util;

/** The base of the index-based lists. `modCount` counts structural changes (the subclasses
 *  add to it): iterators and `subList` views made before a change they did not make throw
 *  ConcurrentModificationException, as the JDK's do. */
public abstract class AbstractList<E> extends AbstractCollection<E> implements List<E> {
    protected transient int modCount;

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
    /** A live view of [from, to): changes go through to this list. */
    public List<E> subList(int from, int to) {
        checkRange(from, to, size());
        return new SubList<>(this, null, from, to - from);
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
        private int expected = modCount;

        Itr(int start) { super(start, false); }
        private void check() {
            if (modCount != expected) throw new ConcurrentModificationException();
        }
        /** An ArrayList's iterator runs while its cursor is not at the size (so after a removal
         *  that leaves it past the end, `next` throws), as the JDK's does. */
        public boolean hasNext() { return AbstractList.this instanceof ArrayList ? cursor != size() : super.hasNext(); }
        E at(int index) {
            check();
            return get(index);
        }
        int count() { return size(); }
        void removeAt(int index) {
            check();
            AbstractList.this.remove(index);
            expected = modCount;
        }
        public void set(E e) {
            if (last < 0) throw new IllegalStateException();
            check();
            AbstractList.this.set(last, e);
        }
        public void add(E e) {
            check();
            AbstractList.this.add(cursor++, e);
            last = -1;
            expected = modCount;
        }
    }

    /** `subList`'s view of [offset, offset + size) of `root`, inside `parent` (another view) or
     *  not; stale (ConcurrentModificationException) once `root` changes other than through it. */
    private static final class SubList<E> extends AbstractList<E> {
        private final AbstractList<E> root;
        private final SubList<E> parent;
        private final int offset;
        private int size;
        private int expected;

        SubList(AbstractList<E> root, SubList<E> parent, int offset, int size) {
            this.root = root;
            this.parent = parent;
            this.offset = offset;
            this.size = size;
            this.expected = root.modCount;
        }
        private void check() {
            if (root.modCount != expected) throw new ConcurrentModificationException();
        }
        /** After a change of `delta` elements made through this view: it and its parents agree. */
        private void changed(int delta) {
            for (SubList<E> s = this; s != null; s = s.parent) {
                s.size += delta;
                s.expected = root.modCount;
                s.modCount++;
            }
        }
        public int size() {
            check();
            return size;
        }
        public E get(int index) {
            Objects.checkIndex(index, size);
            check();
            return root.get(offset + index);
        }
        public E set(int index, E e) {
            Objects.checkIndex(index, size);
            check();
            return root.set(offset + index, e);
        }
        public void add(int index, E e) {
            if (index < 0 || index > size) throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
            check();
            root.add(offset + index, e);
            changed(1);
        }
        public E remove(int index) {
            Objects.checkIndex(index, size);
            check();
            E old = root.remove(offset + index);
            changed(-1);
            return old;
        }
        public List<E> subList(int from, int to) {
            checkRange(from, to, size);
            return new SubList<>(root, this, offset + from, to - from);
        }
    }
}
