// A Java library: its static methods are exports of module `MathLib` (docs/interop.md).
public class MathLib {
    static long calls;

    static {
        calls = 0;
    }

    public static long gcd(long a, long b) {
        calls++;
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    public static int clampPercent(int x) {
        calls++;
        return Math.max(0, Math.min(100, x));
    }

    public static double hypot(double x, double y) {
        calls++;
        return Math.sqrt(x * x + y * y);
    }

    public static String greet(String name) {
        calls++;
        return "Hello, " + name + "! (" + name.length() + " letters)";
    }

    public static long callCount() {
        return calls;
    }
}
