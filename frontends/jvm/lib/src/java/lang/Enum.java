package java.lang;

/** The base of every enum. `Foo.class` of an enum is translated as `Foo.values()` (class
 *  literals are not modelled otherwise), which is what `valueOf` needs. */
public abstract class Enum<E extends Enum<E>> implements Comparable<E> {
    private final String name;
    private final int ordinal;

    protected Enum(String name, int ordinal) {
        this.name = name;
        this.ordinal = ordinal;
    }
    public final String name() { return name; }
    public final int ordinal() { return ordinal; }
    public String toString() { return name; }
    public final boolean equals(Object other) { return this == other; }
    public final int hashCode() { return super.hashCode(); }
    public final int compareTo(E o) { return ordinal - ((Enum<?>) o).ordinal; }

    public static <T extends Enum<T>> T valueOf(Class<T> enumClass, String name) {
        Enum<?>[] values = (Enum<?>[]) (Object) enumClass;
        if (name == null) throw new NullPointerException("Name is null");
        for (Enum<?> e : values) if (e.name.equals(name)) return (T) e;
        String cls = values.length > 0 ? RootString.replace(values[0].getDeclaringName(), '$', '.') : "enum";
        throw new IllegalArgumentException("No enum constant " + cls + "." + name);
    }
    private String getDeclaringName() { return RootNative.className(this); }
}
