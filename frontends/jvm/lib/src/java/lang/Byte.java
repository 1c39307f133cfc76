package java.lang;

public final class Byte extends Number implements Comparable<Byte> {
    private static final long serialVersionUID = -7183698231559129828L;

    /** `byte.class` (read by the frontend as the primitive class, handles.rs; never assigned). */
    public static Class<Byte> TYPE;
    public static final byte MIN_VALUE = -128;
    public static final byte MAX_VALUE = 127;
    private final byte value;

    public Byte(byte value) { this.value = value; }
    public static Byte valueOf(byte b) { return new Byte(b); }
    public byte byteValue() { return value; }
    public int intValue() { return value; }
    public long longValue() { return value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
    public String toString() { return "" + value; }
    public int hashCode() { return value; }
    public boolean equals(Object o) { return o instanceof Byte && ((Byte) o).value == value; }
    public int compareTo(Byte o) { return value - o.value; }
    public static byte parseByte(String s) { return (byte) Long.parse(s, 10, MIN_VALUE, MAX_VALUE); }
}
