public class Compares {
    static String f(float a, float b) {
        return "" + (a < b ? 1 : 0) + (a <= b ? 1 : 0) + (a > b ? 1 : 0) + (a >= b ? 1 : 0) + (a == b ? 1 : 0) + (a != b ? 1 : 0);
    }
    static String d(double a, double b) {
        StringBuilder sb = new StringBuilder();
        if (a < b) sb.append('<');
        if (a <= b) sb.append("<=");
        if (a > b) sb.append('>');
        if (a >= b) sb.append(">=");
        if (a == b) sb.append("==");
        if (a != b) sb.append("!=");
        if (!(a < b)) sb.append("!<");
        if (!(a > b)) sb.append("!>");
        return sb.toString();
    }
    static String l(long a, long b) {
        return "" + (a < b) + (a <= b) + (a > b) + (a >= b) + (a == b) + (a != b);
    }
    public static void main(String[] args) {
        float[] fs = {1f, 2f, Float.NaN, -0f, 0f};
        for (float a : fs) for (float b : fs) System.out.println(a + " " + b + " " + f(a, b));
        double[] ds = {1, 2, Double.NaN, Double.NEGATIVE_INFINITY};
        for (double a : ds) for (double b : ds) { System.out.print(a); System.out.print(" "); System.out.print(b); System.out.println(" " + d(a, b)); }
        long[] ls = {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE};
        for (long a : ls) for (long b : ls) System.out.println(a + " " + b + " " + l(a, b));
        long x = 5;
        int n = 0;
        while (x > 0) { x -= 2; n++; }
        System.out.println(n + " " + Long.compare(3, 7) + " " + Integer.compare(9, 2));
    }
}
