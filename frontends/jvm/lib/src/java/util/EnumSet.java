package java.util;

/** A set of the constants of one enum, in ordinal order: a TreeSet under the enums' natural
 *  order. `EnumSet.allOf(Foo.class)` takes `Foo.class.getEnumConstants()`; `range` and
 *  `complementOf` need those constants: a set made by `of` / `copyOf` learns them from its
 *  elements' class when first needed, so only `complementOf` of an empty set made without
 *  `noneOf` cannot know them. */
public class EnumSet<E extends Enum<E>> extends TreeSet<E> {
    private Enum<?>[] universe;

    private EnumSet(Enum<?>[] universe) {
        super();
        this.universe = universe;
    }
    private static Enum<?>[] constants(Class<?> elementType) {
        Enum<?>[] all = (Enum<?>[]) elementType.getEnumConstants();
        if (all == null) throw new ClassCastException(elementType + " not an enum");
        return all;
    }

    public static <E extends Enum<E>> EnumSet<E> noneOf(Class<E> elementType) { return new EnumSet<>(constants(elementType)); }
    public static <E extends Enum<E>> EnumSet<E> allOf(Class<E> elementType) {
        EnumSet<E> s = noneOf(elementType);
        for (Enum<?> e : s.universe) s.add((E) e);
        return s;
    }
    public static <E extends Enum<E>> EnumSet<E> of(E a) { return make(a); }
    public static <E extends Enum<E>> EnumSet<E> of(E a, E b) { return make(a, b); }
    public static <E extends Enum<E>> EnumSet<E> of(E a, E b, E c) { return make(a, b, c); }
    public static <E extends Enum<E>> EnumSet<E> of(E a, E b, E c, E d) { return make(a, b, c, d); }
    public static <E extends Enum<E>> EnumSet<E> of(E a, E b, E c, E d, E e) { return make(a, b, c, d, e); }
    @SafeVarargs
    public static <E extends Enum<E>> EnumSet<E> of(E first, E... rest) {
        EnumSet<E> s = make(first);
        for (E e : rest) s.add(e);
        return s;
    }
    private static <E extends Enum<E>> EnumSet<E> make(Enum<?>... elements) {
        EnumSet<E> s = new EnumSet<>(null);
        for (Enum<?> e : elements) s.add((E) e);
        return s;
    }
    public static <E extends Enum<E>> EnumSet<E> copyOf(Collection<E> c) {
        EnumSet<E> s = new EnumSet<>(c instanceof EnumSet ? ((EnumSet<E>) c).universe : null);
        if (s.universe == null && c.isEmpty()) throw new IllegalArgumentException("Collection is empty");
        s.addAll(c);
        return s;
    }
    public static <E extends Enum<E>> EnumSet<E> copyOf(EnumSet<E> c) { return copyOf((Collection<E>) c); }
    public static <E extends Enum<E>> EnumSet<E> complementOf(EnumSet<E> s) {
        EnumSet<E> out = new EnumSet<>(s.universe());
        for (Enum<?> e : out.universe) if (!s.contains(e)) out.add((E) e);
        return out;
    }
    public static <E extends Enum<E>> EnumSet<E> range(E from, E to) {
        if (from.compareTo(to) > 0) throw new IllegalArgumentException(from + " > " + to);
        EnumSet<E> out = new EnumSet<>(null);
        out.add(from);
        out.add(to);
        return out.fillBetween(from.ordinal(), to.ordinal());
    }
    /** Adds the constants between ordinals `lo` and `hi`: only possible with the universe. */
    private EnumSet<E> fillBetween(int lo, int hi) {
        if (hi - lo > 1) {
            Enum<?>[] all = universe();
            for (int k = lo; k <= hi; k++) add((E) all[k]);
        }
        return this;
    }
    private Enum<?>[] universe() {
        if (universe == null && !isEmpty()) universe = constants(first().getDeclaringClass());
        if (universe == null) {
            throw new UnsupportedOperationException("rootvm: this EnumSet does not know all the constants of its enum (make it with EnumSet.noneOf/allOf)");
        }
        return universe;
    }
}
