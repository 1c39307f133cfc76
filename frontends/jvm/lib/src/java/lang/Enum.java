package java.lang;

/** The base of every enum. `valueOf(Class, String)` looks the name up among the class's
 *  `getEnumConstants()`. */
public abstract class Enum<E extends Enum<E>> implements Comparable<E>, java.io.Serializable {
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
        T[] values = enumClass.getEnumConstants();
        if (values == null) throw new IllegalArgumentException(enumClass.getName() + " is not an enum class");
        if (name == null) throw new NullPointerException("Name is null");
        for (T e : values) if (((Enum<?>) e).name.equals(name)) return e;
        throw new IllegalArgumentException("No enum constant " + RootString.replace(enumClass.getName(), '$', '.') + "." + name);
    }
    /** The enum class (the superclass of a constant with a body). */
    public final Class<E> getDeclaringClass() {
        Class<?> c = getClass();
        Class<?> s = c.getSuperclass();
        return (Class<E>) (s.getName().equals("java.lang.Enum") ? c : s);
    }
}
