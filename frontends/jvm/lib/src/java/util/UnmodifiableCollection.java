package java.util;

import java.util.function.Predicate;

/** A read-only view of a collection (`Collections.unmodifiableCollection`, a map's `values()`).
 *  As in the JDK, every mutator throws UnsupportedOperationException, even one that would change
 *  nothing; an immutable one (a map's values from `Map.of`) refuses nulls (NullPointerException,
 *  also from `contains(null)`). */
class UnmodifiableCollection<E> extends AbstractCollection<E> {
    final Collection<? extends E> c;
    /** A collection nobody else can change, which refuses nulls. */
    final boolean immutable;

    UnmodifiableCollection(Collection<? extends E> c, boolean immutable) {
        this.c = c;
        this.immutable = immutable;
    }
    public Iterator<E> iterator() { return ReadOnlyIterator.of(c.iterator()); }
    public int size() { return c.size(); }
    public boolean contains(Object o) { return c.contains(immutable ? Objects.requireNonNull(o) : o); }
    public boolean add(E e) { throw new UnsupportedOperationException(); }
    public boolean remove(Object o) { throw new UnsupportedOperationException(); }
    public boolean addAll(Collection<? extends E> other) { throw new UnsupportedOperationException(); }
    public boolean removeAll(Collection<?> other) { throw new UnsupportedOperationException(); }
    public boolean retainAll(Collection<?> other) { throw new UnsupportedOperationException(); }
    public boolean removeIf(Predicate<? super E> p) { throw new UnsupportedOperationException(); }
    public void clear() { throw new UnsupportedOperationException(); }
    public String toString() { return c.toString(); }
}
