package java.lang;

public final class Long extends Number implements Comparable<Long> {
    private static final long serialVersionUID = 4290774380558885855L;

    /** `long.class` (read by the frontend as the primitive class, handles.rs; never assigned). */
    public static Class<Long> TYPE;
    public static final long MIN_VALUE = 0x8000000000000000L;
    public static final long MAX_VALUE = 0x7fffffffffffffffL;
    private static Long[] cache;
    private final long value;

    public Long(long value) { this.value = value; }

    public static Long valueOf(long l) {
        if (l >= -128 && l <= 127) {
            if (cache == null) {
                Long[] c = new Long[256];
                for (int k = 0; k < 256; k++) c[k] = new Long(k - 128);
                cache = c;
            }
            return cache[(int) l + 128];
        }
        return new Long(l);
    }
    public static Long valueOf(String s) { return valueOf(parseLong(s)); }
    public static long parseLong(String s) { return parse(s, 10, MIN_VALUE, MAX_VALUE); }
    public static long parseLong(String s, int radix) { return parse(s, radix, MIN_VALUE, MAX_VALUE); }

    static int parseInt32(String s, int radix) {
        return (int) parse(s, radix, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    private static NumberFormatException bad(String s, int radix) {
        String tail = radix == 10 ? "" : " under radix " + radix;
        return new NumberFormatException("For input string: \"" + s + "\"" + tail);
    }

    static long parse(String s, int radix, long min, long max) {
        if (s == null) throw new NumberFormatException("Cannot parse null string: null");
        int n = s.length();
        if (n == 0) throw new NumberFormatException("For input string: \"\"" + (radix == 10 ? "" : " under radix " + radix));
        int i = 0;
        boolean neg = false;
        char c0 = s.charAt(0);
        if (c0 == '-' || c0 == '+') {
            neg = c0 == '-';
            i = 1;
            if (n == 1) throw bad(s, radix);
        }
        long acc = 0;
        for (; i < n; i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) throw bad(s, radix);
            acc = acc * radix - d;
            if (acc < min || (acc > 0)) throw bad(s, radix);
        }
        if (neg) return acc;
        if (-acc > max || acc == MIN_VALUE) throw bad(s, radix);
        return -acc;
    }

    public long longValue() { return value; }
    public int intValue() { return (int) value; }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
    public String toString() { return "" + value; }
    public static String toString(long l) { return "" + l; }
    public static String toString(long l, int radix) {
        if (radix < 2 || radix > 36) radix = 10;
        if (l == 0) return "0";
        boolean neg = l < 0;
        String s = "";
        while (l != 0) {
            int d = (int) (l % radix);
            if (d < 0) d = -d;
            s = Character.forDigit(d, radix) + s;
            l /= radix;
        }
        return neg ? "-" + s : s;
    }
    static String unsigned(long l, int shift) {
        if (l == 0) return "0";
        String s = "";
        int mask = (1 << shift) - 1;
        while (l != 0) {
            s = Character.forDigit((int) (l & mask), 1 << shift) + s;
            l >>>= shift;
        }
        return s;
    }
    public static String toBinaryString(long l) { return unsigned(l, 1); }
    public static String toHexString(long l) { return unsigned(l, 4); }
    public static String toOctalString(long l) { return unsigned(l, 3); }
    public int hashCode() { return (int) (value ^ (value >>> 32)); }
    public static int hashCode(long v) { return (int) (v ^ (v >>> 32)); }
    public boolean equals(Object o) { return o instanceof Long && ((Long) o).value == value; }
    public int compareTo(Long o) { return compare(value, o.value); }
    public static int compare(long a, long b) { return a < b ? -1 : (a == b ? 0 : 1); }
    public static int signum(long i) { return (int) ((i >> 63) | (-i >>> 63)); }
    public static long sum(long a, long b) { return a + b; }
    public static int compareUnsigned(long a, long b) { return compare(a + MIN_VALUE, b + MIN_VALUE); }
    public static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) return compareUnsigned(dividend, divisor) < 0 ? 0 : 1;
        if (dividend > 0) return dividend / divisor;
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return q + (compareUnsigned(r, divisor) >= 0 ? 1 : 0);
    }
    public static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }
    public static long max(long a, long b) { return a >= b ? a : b; }
    public static long min(long a, long b) { return a <= b ? a : b; }
    public static long abs(long a) { return a < 0 ? -a : a; }
    public static int bitCount(long i) {
        int n = 0;
        for (; i != 0; i &= i - 1) n++;
        return n;
    }
    public static int numberOfTrailingZeros(long i) {
        if (i == 0) return 64;
        int n = 0;
        while ((i & 1) == 0) { n++; i >>>= 1; }
        return n;
    }
    public static int numberOfLeadingZeros(long i) {
        if (i == 0) return 64;
        int n = 0;
        while (i > 0) { n++; i <<= 1; }
        return n;
    }
    public Long(String s) { this(parseLong(s)); }
    public static Long valueOf(String s, int radix) { return valueOf(parseLong(s, radix)); }
    public byte byteValue() { return (byte) value; }
    public short shortValue() { return (short) value; }
    public static long highestOneBit(long i) { return i & (MIN_VALUE >>> numberOfLeadingZeros(i)); }
    public static long lowestOneBit(long i) { return i & -i; }
    public static long rotateLeft(long i, int distance) { return (i << distance) | (i >>> -distance); }
    public static long rotateRight(long i, int distance) { return (i >>> distance) | (i << -distance); }
    public static long reverse(long i) {
        long r = 0;
        for (int k = 0; k < 64; k++) {
            r = (r << 1) | (i & 1);
            i >>>= 1;
        }
        return r;
    }
    public static long reverseBytes(long i) {
        long r = 0;
        for (int k = 0; k < 8; k++) {
            r = (r << 8) | (i & 0xff);
            i >>>= 8;
        }
        return r;
    }
    public static String toUnsignedString(long l) { return toUnsignedString(l, 10); }
    public static String toUnsignedString(long l, int radix) {
        if (l >= 0) return toString(l, radix);
        if (radix < 2 || radix > 36) radix = 10;
        long q = divideUnsigned(l, radix);
        return toString(q, radix) + Character.forDigit((int) (l - q * radix), radix);
    }
    public static long parseUnsignedLong(String s) { return parseUnsignedLong(s, 10); }
    public static long parseUnsignedLong(String s, int radix) {
        if (s == null) throw new NumberFormatException("Cannot parse null string: null");
        if (s.startsWith("-")) throw new NumberFormatException("Illegal leading minus sign on unsigned string " + s + ".");
        if (s.isEmpty()) throw bad(s, radix);
        long acc = 0;
        long limit = divideUnsigned(-1L, radix);
        for (int i = s.startsWith("+") ? 1 : 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0 || s.equals("+")) throw bad(s, radix);
            long next = acc * radix + d;
            if (compareUnsigned(acc, limit) > 0 || compareUnsigned(next, acc * radix) < 0) {
                throw new NumberFormatException("String value " + s + " exceeds range of unsigned long.");
            }
            acc = next;
        }
        return acc;
    }
    public static Long decode(String s) { return valueOf(decode(s, MIN_VALUE, MAX_VALUE)); }
    /** `decode` within [min, max]: a sign, then `0x`, `0X` or `#` (hex), `0` (octal) or decimal. */
    static long decode(String s, long min, long max) {
        if (s.isEmpty()) throw new NumberFormatException("Zero length string");
        int index = 0;
        boolean negative = false;
        char first = s.charAt(0);
        if (first == '-' || first == '+') {
            negative = first == '-';
            index++;
        }
        int radix = 10;
        if (s.startsWith("0x", index) || s.startsWith("0X", index)) {
            radix = 16;
            index += 2;
        } else if (s.startsWith("#", index)) {
            radix = 16;
            index++;
        } else if (s.startsWith("0", index) && s.length() > 1 + index) {
            radix = 8;
            index++;
        }
        if (s.startsWith("-", index) || s.startsWith("+", index)) {
            throw new NumberFormatException("Sign character in wrong position");
        }
        String digits = s.substring(index);
        return parse(negative ? "-" + digits : digits, radix, min, max);
    }
}
