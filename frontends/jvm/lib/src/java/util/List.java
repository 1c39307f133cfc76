package java.util;

import java.util.function.UnaryOperator;

public interface List<E> extends Collection<E> {
    E get(int index);
    E set(int index, E element);
    void add(int index, E element);
    E remove(int index);
    int indexOf(Object o);
    int lastIndexOf(Object o);
    List<E> subList(int from, int to);
    ListIterator<E> listIterator();

    default void sort(Comparator<? super E> c) {
        Object[] a = toArray();
        Arrays.sort(a, (Comparator) c);
        for (int i = 0; i < a.length; i++) set(i, (E) a[i]);
    }
    default void replaceAll(UnaryOperator<E> op) {
        for (int i = 0; i < size(); i++) set(i, op.apply(get(i)));
    }

    static <E> List<E> of() { return UnmodifiableList.of(new Object[0]); }
    static <E> List<E> of(E a) { return UnmodifiableList.of(new Object[] {a}); }
    static <E> List<E> of(E a, E b) { return UnmodifiableList.of(new Object[] {a, b}); }
    static <E> List<E> of(E a, E b, E c) { return UnmodifiableList.of(new Object[] {a, b, c}); }
    static <E> List<E> of(E a, E b, E c, E d) { return UnmodifiableList.of(new Object[] {a, b, c, d}); }
    static <E> List<E> of(E a, E b, E c, E d, E e) { return UnmodifiableList.of(new Object[] {a, b, c, d, e}); }
    static <E> List<E> of(E a, E b, E c, E d, E e, E f) { return UnmodifiableList.of(new Object[] {a, b, c, d, e, f}); }
    static <E> List<E> of(E a, E b, E c, E d, E e, E f, E g) { return UnmodifiableList.of(new Object[] {a, b, c, d, e, f, g}); }
    static <E> List<E> of(E a, E b, E c, E d, E e, E f, E g, E h) { return UnmodifiableList.of(new Object[] {a, b, c, d, e, f, g, h}); }
    static <E> List<E> of(E a, E b, E c, E d, E e, E f, E g, E h, E i) { return UnmodifiableList.of(new Object[] {a, b, c, d, e, f, g, h, i}); }
    static <E> List<E> of(E a, E b, E c, E d, E e, E f, E g, E h, E i, E j) { return UnmodifiableList.of(new Object[] {a, b, c, d, e, f, g, h, i, j}); }
    static <E> List<E> of(E... all) { return UnmodifiableList.of(all); }
    static <E> List<E> copyOf(Collection<? extends E> c) {
        return c instanceof UnmodifiableList && ((UnmodifiableList<?>) c).immutable ? (List<E>) c : UnmodifiableList.of(c.toArray());
    }
}
