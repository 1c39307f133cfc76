package java.util;

public interface Set<E> extends Collection<E> {
    static <E> Set<E> of() { return UnmodifiableSet.of(new Object[0], true); }
    static <E> Set<E> of(E... all) { return UnmodifiableSet.of(all, true); }
    static <E> Set<E> copyOf(Collection<? extends E> c) {
        return c instanceof UnmodifiableSet && ((UnmodifiableSet<?>) c).immutable ? (Set<E>) c : UnmodifiableSet.of(c.toArray(), false);
    }
    static <E> Set<E> of(E a) { return of((E[]) new Object[] {a}); }
    static <E> Set<E> of(E a, E b) { return of((E[]) new Object[] {a, b}); }
    static <E> Set<E> of(E a, E b, E c) { return of((E[]) new Object[] {a, b, c}); }
    static <E> Set<E> of(E a, E b, E c, E d) { return of((E[]) new Object[] {a, b, c, d}); }
    static <E> Set<E> of(E a, E b, E c, E d, E e) { return of((E[]) new Object[] {a, b, c, d, e}); }
    static <E> Set<E> of(E a, E b, E c, E d, E e, E f) { return of((E[]) new Object[] {a, b, c, d, e, f}); }
    static <E> Set<E> of(E a, E b, E c, E d, E e, E f, E g) { return of((E[]) new Object[] {a, b, c, d, e, f, g}); }
    static <E> Set<E> of(E a, E b, E c, E d, E e, E f, E g, E h) { return of((E[]) new Object[] {a, b, c, d, e, f, g, h}); }
    static <E> Set<E> of(E a, E b, E c, E d, E e, E f, E g, E h, E i) { return of((E[]) new Object[] {a, b, c, d, e, f, g, h, i}); }
    static <E> Set<E> of(E a, E b, E c, E d, E e, E f, E g, E h, E i, E j) { return of((E[]) new Object[] {a, b, c, d, e, f, g, h, i, j}); }
}
