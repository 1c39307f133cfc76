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
    public static long round(double a) {
        if (a != a) return 0;
        return (long) Math.floor(a + 0.5d) ;
    }
    public static int round(float a) {
        if (a != a) return 0;
        return (int) Math.floor(a + 0.5d);
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
}
