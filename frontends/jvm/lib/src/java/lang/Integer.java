package java.lang;

public final class Integer extends Number implements Comparable<Integer> {
    private static final long serialVersionUID = 1360826667806852920L;

    /** `int.class` (read by the frontend as the primitive class, handles.rs; never assigned). */
    public static Class<Integer> TYPE;
    public static final int MIN_VALUE = 0x80000000;
    public static final int MAX_VALUE = 0x7fffffff;
    private static Integer[] cache;
    private final int value;

    public Integer(int value) { this.value = value; }

    public static Integer valueOf(int i) {
        if (i >= -128 && i <= 127) {
            if (cache == null) {
                Integer[] c = new Integer[256];
                for (int k = 0; k < 256; k++) c[k] = new Integer(k - 128);
                cache = c;
            }
            return cache[i + 128];
        }
        return new Integer(i);
    }
    public static Integer valueOf(String s) { return valueOf(parseInt(s)); }
    public static int parseInt(String s) { return Long.parseInt32(s, 10); }
    public static int parseInt(String s, int radix) { return Long.parseInt32(s, radix); }
    public int intValue() { return value; }
    public long longValue() { return value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
    public String toString() { return "" + value; }
    public static String toString(int i) { return "" + i; }
    public static String toString(int i, int radix) { return Long.toString(i, radix); }
    public int hashCode() { return value; }
    public static int hashCode(int v) { return v; }
    public boolean equals(Object o) { return o instanceof Integer && ((Integer) o).value == value; }
    public int compareTo(Integer o) { return compare(value, o.value); }
    public static int compare(int a, int b) { return a < b ? -1 : (a == b ? 0 : 1); }
    public static int signum(int i) { return (i >> 31) | (-i >>> 31); }
    public static int sum(int a, int b) { return a + b; }
    public static int max(int a, int b) { return a >= b ? a : b; }
    public static int min(int a, int b) { return a <= b ? a : b; }
    public static int abs(int a) { return a < 0 ? -a : a; }
    public static String toBinaryString(int i) { return Long.unsigned(i & 0xffffffffL, 1); }
    public static String toHexString(int i) { return Long.unsigned(i & 0xffffffffL, 4); }
    public static String toOctalString(int i) { return Long.unsigned(i & 0xffffffffL, 3); }
    public static int bitCount(int i) {
        int n = 0;
        for (; i != 0; i &= i - 1) n++;
        return n;
    }
    public static int reverse(int i) {
        int r = 0;
        for (int k = 0; k < 32; k++) { r = (r << 1) | (i & 1); i >>>= 1; }
        return r;
    }
    public static int highestOneBit(int i) { return i & (MIN_VALUE >>> numberOfLeadingZeros(i)); }
    public static int lowestOneBit(int i) { return i & -i; }
    public static int numberOfLeadingZeros(int i) {
        if (i == 0) return 32;
        int n = 0;
        while (i > 0) { n++; i <<= 1; }
        return n;
    }
    public static int numberOfTrailingZeros(int i) {
        if (i == 0) return 32;
        int n = 0;
        while ((i & 1) == 0) { n++; i >>>= 1; }
        return n;
    }
    public Integer(String s) { this(parseInt(s)); }
    public static Integer valueOf(String s, int radix) { return valueOf(parseInt(s, radix)); }
    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public static int compareUnsigned(int a, int b) { return compare(a + MIN_VALUE, b + MIN_VALUE); }
    public static long toUnsignedLong(int i) { return i & 0xffffffffL; }
    public static int divideUnsigned(int a, int b) { return (int) (toUnsignedLong(a) / toUnsignedLong(b)); }
    public static int remainderUnsigned(int a, int b) { return (int) (toUnsignedLong(a) % toUnsignedLong(b)); }
    public static String toUnsignedString(int i) { return Long.toString(toUnsignedLong(i)); }
    public static String toUnsignedString(int i, int radix) { return Long.toString(toUnsignedLong(i), radix); }
    public static int parseUnsignedInt(String s) { return parseUnsignedInt(s, 10); }
    public static int parseUnsignedInt(String s, int radix) {
        if (s == null) throw new NumberFormatException("Cannot parse null string: null");
        if (s.startsWith("-")) throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        long v = Long.parseLong(s, radix);
        if ((v >>> 32) != 0) throw new NumberFormatException("String value " + s + " exceeds range of unsigned int.");
        return (int) v;
    }
    public static int rotateLeft(int i, int distance) { return (i << distance) | (i >>> -distance); }
    public static int rotateRight(int i, int distance) { return (i >>> distance) | (i << -distance); }
    public static int reverseBytes(int i) {
        return (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24);
    }
    public static Integer decode(String s) { return valueOf((int) Long.decode(s, Integer.MIN_VALUE, Integer.MAX_VALUE)); }
}
