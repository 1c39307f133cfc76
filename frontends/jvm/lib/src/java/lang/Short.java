package java.lang;

public final class Short extends Number implements Comparable<Short> {
    private static final long serialVersionUID = 7515723908773894738L;

    /** `short.class` (read by the frontend as the primitive class, handles.rs; never assigned). */
    public static Class<Short> TYPE;
    public static final short MIN_VALUE = -32768;
    public static final short MAX_VALUE = 32767;
    private final short value;

    public Short(short value) { this.value = value; }
    public static Short valueOf(short s) { return new Short(s); }
    public short shortValue() { return value; }
    public int intValue() { return value; }
    public long longValue() { return value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
    public String toString() { return "" + value; }
    public int hashCode() { return value; }
    public boolean equals(Object o) { return o instanceof Short && ((Short) o).value == value; }
    public int compareTo(Short o) { return value - o.value; }
    public static short parseShort(String s) { return (short) Long.parse(s, 10, MIN_VALUE, MAX_VALUE); }
}
