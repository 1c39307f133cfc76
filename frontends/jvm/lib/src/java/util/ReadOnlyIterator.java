package java.util;

/** An iterator whose `remove` throws UnsupportedOperationException (unmodifiable collections). */
final class ReadOnlyIterator<E> implements Iterator<E> {
    private final Iterator<? extends E> it;

    private ReadOnlyIterator(Iterator<? extends E> it) { this.it = it; }
    static <E> Iterator<E> of(Iterator<? extends E> it) { return new ReadOnlyIterator<>(it); }
    public boolean hasNext() { return it.hasNext(); }
    public E next() { return it.next(); }
    public void remove() { throw new UnsupportedOperationException(); }
}
