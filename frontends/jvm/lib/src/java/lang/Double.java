package java.lang;

public final class Double extends Number implements Comparable<Double> {
    private static final long serialVersionUID = -9172774392245257468L;

    /** `double.class` (read by the frontend as the primitive class, handles.rs; never assigned). */
    public static Class<Double> TYPE;
    public static final double POSITIVE_INFINITY = 1.0 / 0.0;
    public static final double NEGATIVE_INFINITY = -1.0 / 0.0;
    public static final double NaN = 0.0d / 0.0;
    public static final double MAX_VALUE = 0x1.fffffffffffffP+1023;
    public static final double MIN_VALUE = 0x0.0000000000001P-1022;
    private final double value;

    public Double(double value) { this.value = value; }
    public static Double valueOf(double d) { return new Double(d); }
    public static Double valueOf(String s) { return new Double(parseDouble(s)); }
    public static double parseDouble(String s) {
        if (s == null) throw new NullPointerException();
        String t = s.trim();
        if (!valid(t)) throw new NumberFormatException(t.isEmpty() ? "empty String" : "For input string: \"" + s + "\"");
        return RootNative.parseDouble(t);
    }
    /** Java's decimal floating-point syntax (no hexadecimal form). */
    private static boolean valid(String t) {
        int i = 0, n = t.length();
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) i++;
        String rest = t.substring(i);
        if (rest.equals("Infinity") || rest.equals("NaN")) return true;
        int digits = 0;
        while (i < n && Character.isDigit(t.charAt(i))) { i++; digits++; }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(t.charAt(i))) { i++; digits++; }
        }
        if (digits == 0) return false;
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) i++;
            int exp = 0;
            while (i < n && Character.isDigit(t.charAt(i))) { i++; exp++; }
            if (exp == 0) return false;
        }
        if (i < n && "fFdD".indexOf(t.charAt(i)) >= 0) i++;
        return i == n;
    }
    public double doubleValue() { return value; }
    public int intValue() { return (int) value; }
    public long longValue() { return (long) value; }
    public float floatValue() { return (float) value; }
    public String toString() { return RootNative.doubleToString(value); }
    public static String toString(double d) { return RootNative.doubleToString(d); }
    public static boolean isNaN(double v) { return v != v; }
    public boolean isNaN() { return value != value; }
    public static boolean isInfinite(double v) { return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY; }
    public static boolean isFinite(double d) { return Math.abs(d) <= MAX_VALUE; }
    public static long doubleToLongBits(double v) {
        return v != v ? 0x7ff8000000000000L : doubleToRawLongBits(v);
    }
    public static long doubleToRawLongBits(double v) { return RootNative.doubleBits(v); }
    public static double longBitsToDouble(long bits) { return RootNative.bitsDouble(bits); }
    public int hashCode() { return hashCode(value); }
    public static int hashCode(double v) {
        long bits = doubleToLongBits(v);
        return (int) (bits ^ (bits >>> 32));
    }
    public boolean equals(Object o) {
        return o instanceof Double && doubleToLongBits(((Double) o).value) == doubleToLongBits(value);
    }
    public int compareTo(Double o) { return compare(value, o.value); }
    public static int compare(double a, double b) {
        if (a < b) return -1;
        if (a > b) return 1;
        long x = doubleToLongBits(a);
        long y = doubleToLongBits(b);
        return x == y ? 0 : (x < y ? -1 : 1);
    }
    public static double sum(double a, double b) { return a + b; }
    public static double max(double a, double b) { return Math.max(a, b); }
    public static double min(double a, double b) { return Math.min(a, b); }
    /** `0x1.8p1` for 3.0: the significand's hex digits without trailing zeros (`0x0.` and
     *  exponent -1022 for subnormals). */
    public static String toHexString(double d) {
        if (d != d) return "NaN";
        if (d == POSITIVE_INFINITY) return "Infinity";
        if (d == NEGATIVE_INFINITY) return "-Infinity";
        long bits = doubleToRawLongBits(d);
        String sign = bits < 0 ? "-" : "";
        if (d == 0) return sign + "0x0.0p0";
        int exponent = (int) ((bits >>> 52) & 0x7ff);
        String digits = Long.toHexString((bits & 0xfffffffffffffL) | (1L << 52)).substring(1);
        int end = digits.length();
        while (end > 1 && digits.charAt(end - 1) == '0') end--;
        digits = digits.substring(0, end);
        return exponent == 0 ? sign + "0x0." + digits + "p-1022" : sign + "0x1." + digits + "p" + (exponent - 1023);
    }
    public Double(String s) { this(parseDouble(s)); }
    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public boolean isInfinite() { return isInfinite(value); }
}
