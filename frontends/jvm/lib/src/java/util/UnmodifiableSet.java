package java.util;

import java.util.function.Predicate;

/** A read-only view of a set (`Collections.unmodifiableSet`, `emptySet`, `singleton`), or an
 *  immutable set. As in the JDK, every mutator throws UnsupportedOperationException, even one
 *  that would change nothing; an immutable one (`Set.of`, `Set.copyOf`) refuses nulls
 *  (NullPointerException, also from `contains(null)`); `Set.of` iterates in insertion order (the
 *  JDK's order is randomized per run). */
final class UnmodifiableSet<E> extends AbstractSet<E> {
    final Set<? extends E> set;
    final boolean immutable;

    /** A new immutable set of `items`; `strict` refuses duplicates (`Set.of`), else they merge. */
    static <E> Set<E> of(Object[] items, boolean strict) {
        LinkedHashSet<E> copy = new LinkedHashSet<>();
        for (Object o : items) {
            if (!copy.add((E) Objects.requireNonNull(o)) && strict) {
                throw new IllegalArgumentException("duplicate element: " + o);
            }
        }
        return new UnmodifiableSet<>(copy, true);
    }

    UnmodifiableSet(Set<? extends E> set, boolean immutable) {
        this.set = set;
        this.immutable = immutable;
    }
    public Iterator<E> iterator() { return ReadOnlyIterator.of(set.iterator()); }
    public int size() { return set.size(); }
    public boolean contains(Object o) { return set.contains(immutable ? Objects.requireNonNull(o) : o); }
    public boolean add(E e) { throw new UnsupportedOperationException(); }
    public boolean remove(Object o) { throw new UnsupportedOperationException(); }
    public boolean addAll(Collection<? extends E> other) { throw new UnsupportedOperationException(); }
    public boolean removeAll(Collection<?> other) { throw new UnsupportedOperationException(); }
    public boolean retainAll(Collection<?> other) { throw new UnsupportedOperationException(); }
    public boolean removeIf(Predicate<? super E> p) { throw new UnsupportedOperationException(); }
    public void clear() { throw new UnsupportedOperationException(); }
}
