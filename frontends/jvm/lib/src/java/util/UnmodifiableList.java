package java.util;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/** A read-only view of a list (`Collections.unmodifiableList`, `emptyList`, `nCopies`,
 *  `Stream.toList`), or an immutable list. As in the JDK, every mutator throws
 *  UnsupportedOperationException, even one that would change nothing; an immutable one
 *  (`List.of`, `List.copyOf`) refuses nulls (NullPointerException, also from `contains(null)`). */
final class UnmodifiableList<E> extends AbstractList<E> {
    final List<? extends E> list;
    final boolean immutable;

    /** A new immutable list of `items` (copied), each checked non-null (`List.of`). */
    static <E> List<E> of(Object[] items) {
        ArrayList<E> copy = new ArrayList<>(items.length);
        for (Object o : items) copy.add((E) Objects.requireNonNull(o));
        return new UnmodifiableList<>(copy, true);
    }

    UnmodifiableList(List<? extends E> list, boolean immutable) {
        this.list = list;
        this.immutable = immutable;
    }
    public E get(int index) { return list.get(index); }
    public int size() { return list.size(); }
    public Iterator<E> iterator() { return ReadOnlyIterator.of(list.iterator()); }
    public boolean contains(Object o) { return indexOf(o) >= 0; }
    public int indexOf(Object o) { return list.indexOf(immutable ? Objects.requireNonNull(o) : o); }
    public int lastIndexOf(Object o) { return list.lastIndexOf(immutable ? Objects.requireNonNull(o) : o); }
    public List<E> subList(int from, int to) { return new UnmodifiableList<>(list.subList(from, to), immutable); }
    public boolean add(E e) { throw new UnsupportedOperationException(); }
    public void add(int index, E e) { throw new UnsupportedOperationException(); }
    public E set(int index, E e) { throw new UnsupportedOperationException(); }
    public E remove(int index) { throw new UnsupportedOperationException(); }
    public boolean remove(Object o) { throw new UnsupportedOperationException(); }
    public boolean addAll(Collection<? extends E> other) { throw new UnsupportedOperationException(); }
    public boolean removeAll(Collection<?> other) { throw new UnsupportedOperationException(); }
    public boolean retainAll(Collection<?> other) { throw new UnsupportedOperationException(); }
    public boolean removeIf(Predicate<? super E> p) { throw new UnsupportedOperationException(); }
    public void replaceAll(UnaryOperator<E> op) { throw new UnsupportedOperationException(); }
    public void sort(Comparator<? super E> c) { throw new UnsupportedOperationException(); }
    public void clear() { throw new UnsupportedOperationException(); }
}
