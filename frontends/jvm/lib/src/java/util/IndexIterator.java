package java.util;

/** The one iterator of the index-based collections (AbstractList and so ArrayList, LinkedList,
 *  ArrayDeque), forward or in reverse: subclasses say how to read, count and remove elements
 *  by index; `set` and `add` are the list iterator's (AbstractList overrides them). */
abstract class IndexIterator<E> implements ListIterator<E> {
    int cursor;
    int last = -1;
    private final boolean reverse;

    /** From `start` forward, or from `start` down when `reverse`. */
    IndexIterator(int start, boolean reverse) {
        this.cursor = start;
        this.reverse = reverse;
    }
    abstract E at(int index);
    abstract int count();
    abstract void removeAt(int index);

    public boolean hasNext() { return reverse ? cursor >= 0 : cursor < count(); }
    public E next() {
        if (!hasNext()) throw new NoSuchElementException();
        last = cursor;
        return at(reverse ? cursor-- : cursor++);
    }
    public boolean hasPrevious() { return cursor > 0; }
    public E previous() {
        if (cursor <= 0) throw new NoSuchElementException();
        last = --cursor;
        return at(cursor);
    }
    public int nextIndex() { return cursor; }
    public int previousIndex() { return cursor - 1; }
    public void remove() {
        if (last < 0) throw new IllegalStateException();
        removeAt(last);
        if (!reverse && last < cursor) cursor--;
        last = -1;
    }
    public void set(E e) { throw new UnsupportedOperationException("set"); }
    public void add(E e) { throw new UnsupportedOperationException("add"); }
}
