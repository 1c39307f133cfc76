package java.lang;

public final class Math {
    public static final double PI = 3.141592653589793;
    public static final double E = 2.718281828459045;

    private Math() {}

    public static double sin(double a) { return RootNative.sin(a); }
    public static double cos(double a) { return RootNative.cos(a); }
    public static double tan(double a) { return RootNative.tan(a); }
    public static double asin(double a) { return RootNative.asin(a); }
    public static double acos(double a) { return RootNative.acos(a); }
    public static double atan(double a) { return RootNative.atan(a); }
    public static double exp(double a) { return RootNative.exp(a); }
    public static double log(double a) { return RootNative.log(a); }
    public static double log10(double a) { return RootNative.log10(a); }
    public static double cbrt(double a) { return RootNative.cbrt(a); }
    public static double sinh(double a) { return RootNative.sinh(a); }
    public static double cosh(double a) { return RootNative.cosh(a); }
    public static double tanh(double a) { return RootNative.tanh(a); }
    public static double expm1(double a) { return RootNative.expm1(a); }
    public static double log1p(double a) { return RootNative.log1p(a); }
    public static double pow(double a, double b) { return RootNative.pow(a, b); }
    public static double atan2(double y, double x) { return RootNative.atan2(y, x); }
    public static double hypot(double x, double y) { return RootNative.hypot(x, y); }
    public static double sqrt(double a) { return Math.sqrt(a); }
    public static double floor(double a) { return Math.floor(a); }
    public static double ceil(double a) { return Math.ceil(a); }
    public static double abs(double a) { return Math.abs(a); }
    public static float abs(float a) { return Math.abs(a); }
    public static float max(float a, float b) { return Math.max(a, b); }
    public static float min(float a, float b) { return Math.min(a, b); }
    public static double max(double a, double b) { return Math.max(a, b); }
    public static double min(double a, double b) { return Math.min(a, b); }
    public static double rint(double a) { return RootNative.rint(a); }
    /** floor(a + 1/2) computed exactly (adding 0.5 first would round 0.49999999999999994 and
     *  odd integers above 2^52 up). */
    public static long round(double a) {
        if (a != a) return 0;
        double f = Math.floor(a);
        long r = (long) f;
        return a - f >= 0.5 && r != Long.MAX_VALUE ? r + 1 : r;
    }
    public static int round(float a) {
        if (a != a) return 0;
        float f = (float) Math.floor(a);
        int r = (int) f;
        return a - f >= 0.5f && r != Integer.MAX_VALUE ? r + 1 : r;
    }
    public static double signum(double d) { return d > 0 ? 1.0 : (d < 0 ? -1.0 : d); }
    public static double toRadians(double deg) { return deg * 0.017453292519943295; }
    public static double toDegrees(double rad) { return rad * 57.29577951308232; }
    public static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x % y != 0) && ((x ^ y) < 0)) q--;
        return q;
    }
    public static long floorDiv(long x, long y) {
        long q = x / y;
        if ((x % y != 0) && ((x ^ y) < 0)) q--;
        return q;
    }
    public static int floorMod(int x, int y) { return x - floorDiv(x, y) * y; }
    public static long floorMod(long x, long y) { return x - floorDiv(x, y) * y; }
    public static int addExact(int x, int y) {
        int r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }
    public static long addExact(long x, long y) {
        long r = x + y;
        if (((x ^ r) & (y ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }
    public static int multiplyExact(int x, int y) {
        long r = (long) x * (long) y;
        if ((int) r != r) throw new ArithmeticException("integer overflow");
        return (int) r;
    }
    public static int abs(int a) { return a < 0 ? -a : a; }
    public static long abs(long a) { return a < 0 ? -a : a; }
    public static int max(int a, int b) { return a >= b ? a : b; }
    public static int min(int a, int b) { return a <= b ? a : b; }
    public static long max(long a, long b) { return a >= b ? a : b; }
    public static long min(long a, long b) { return a <= b ? a : b; }
    public static float signum(float f) { return f > 0 ? 1.0f : (f < 0 ? -1.0f : f); }
    public static int subtractExact(int x, int y) {
        int r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) throw new ArithmeticException("integer overflow");
        return r;
    }
    public static long subtractExact(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) throw new ArithmeticException("long overflow");
        return r;
    }
    public static long multiplyExact(long x, int y) { return multiplyExact(x, (long) y); }
    public static long multiplyExact(long x, long y) {
        long r = x * y;
        if (((abs(x) | abs(y)) >>> 31) != 0 && ((y != 0 && r / y != x) || (x == Long.MIN_VALUE && y == -1))) {
            throw new ArithmeticException("long overflow");
        }
        return r;
    }
    public static long multiplyFull(int x, int y) { return (long) x * (long) y; }
    /** The high 64 bits of the 128-bit product. */
    public static long multiplyHigh(long x, long y) {
        long x1 = x >> 32, x2 = x & 0xFFFFFFFFL, y1 = y >> 32, y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = (t & 0xFFFFFFFFL) + x2 * y1;
        return x1 * y1 + (t >> 32) + (z1 >> 32);
    }
    public static int incrementExact(int a) {
        if (a == Integer.MAX_VALUE) throw new ArithmeticException("integer overflow");
        return a + 1;
    }
    public static long incrementExact(long a) {
        if (a == Long.MAX_VALUE) throw new ArithmeticException("long overflow");
        return a + 1;
    }
    public static int decrementExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("integer overflow");
        return a - 1;
    }
    public static long decrementExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return a - 1;
    }
    public static int negateExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("integer overflow");
        return -a;
    }
    public static long negateExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("long overflow");
        return -a;
    }
    public static int absExact(int a) {
        if (a == Integer.MIN_VALUE) throw new ArithmeticException("Overflow to represent absolute value of Integer.MIN_VALUE");
        return abs(a);
    }
    public static long absExact(long a) {
        if (a == Long.MIN_VALUE) throw new ArithmeticException("Overflow to represent absolute value of Long.MIN_VALUE");
        return abs(a);
    }
    public static int toIntExact(long value) {
        if ((int) value != value) throw new ArithmeticException("integer overflow");
        return (int) value;
    }
    public static long floorDiv(long x, int y) { return floorDiv(x, (long) y); }
    public static int floorMod(long x, int y) { return (int) floorMod(x, (long) y); }
    public static double nextUp(double d) {
        if (d != d || d == Double.POSITIVE_INFINITY) return d;
        if (d == 0) return Double.MIN_VALUE;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + (d > 0 ? 1 : -1));
    }
    public static double nextDown(double d) {
        if (d != d || d == Double.NEGATIVE_INFINITY) return d;
        if (d == 0) return -Double.MIN_VALUE;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(d) + (d > 0 ? -1 : 1));
    }
    public static float nextUp(float f) {
        if (f != f || f == Float.POSITIVE_INFINITY) return f;
        if (f == 0) return Float.MIN_VALUE;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + (f > 0 ? 1 : -1));
    }
    public static float nextDown(float f) {
        if (f != f || f == Float.NEGATIVE_INFINITY) return f;
        if (f == 0) return -Float.MIN_VALUE;
        return Float.intBitsToFloat(Float.floatToRawIntBits(f) + (f > 0 ? -1 : 1));
    }
    public static double nextAfter(double start, double direction) {
        if (start != start || direction != direction) return start + direction;
        if (start == direction) return direction;
        return start < direction ? nextUp(start) : nextDown(start);
    }
    public static float nextAfter(float start, double direction) {
        if (start != start || direction != direction) return (float) (start + direction);
        if (start == direction) return (float) direction;
        return start < direction ? nextUp(start) : nextDown(start);
    }
    /** The distance to the next double away from zero. */
    public static double ulp(double d) {
        d = abs(d);
        if (d != d || d == Double.POSITIVE_INFINITY) return d;
        if (d == Double.MAX_VALUE) return 0x1.0p971;
        return nextUp(d) - d;
    }
    public static float ulp(float f) {
        f = abs(f);
        if (f != f || f == Float.POSITIVE_INFINITY) return f;
        if (f == Float.MAX_VALUE) return 0x1.0p104f;
        return nextUp(f) - f;
    }
    public static double copySign(double magnitude, double sign) {
        long bits = Double.doubleToRawLongBits(magnitude) & Long.MAX_VALUE;
        return Double.longBitsToDouble(bits | (Double.doubleToRawLongBits(sign) & Long.MIN_VALUE));
    }
    public static float copySign(float magnitude, float sign) {
        int bits = Float.floatToRawIntBits(magnitude) & Integer.MAX_VALUE;
        return Float.intBitsToFloat(bits | (Float.floatToRawIntBits(sign) & Integer.MIN_VALUE));
    }
    public static int getExponent(double d) { return (int) ((Double.doubleToRawLongBits(d) >>> 52) & 0x7ff) - 1023; }
    public static int getExponent(float f) { return ((Float.floatToRawIntBits(f) >>> 23) & 0xff) - 127; }
    private static long randomState;
    /** A double in [0, 1) from a generator seeded by the clock (the JDK's `Math.random` is
     *  unseeded too, so no program can depend on its values); not `java.util.Random`, which
     *  would bring the stream classes into every program using `Math`. */
    public static double random() {
        if (randomState == 0) randomState = System.nanoTime() | 1;
        randomState ^= randomState << 13;
        randomState ^= randomState >>> 7;
        randomState ^= randomState << 17;
        return (randomState >>> 11) * 0x1.0p-53;
    }
}
