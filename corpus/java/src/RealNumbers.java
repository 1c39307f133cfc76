// Number crunching the way a utility class does it: matrices and Gaussian elimination with
// formatted doubles, statistics, `Math` functions and their corner cases, integer overflow and the
// `*Exact` methods, bit tricks, radix conversions, and parsing with its errors.
import java.util.Arrays;
import java.util.Locale;

public class RealNumbers {
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int m = b[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                double s = 0;
                for (int k = 0; k < b.length; k++) {
                    s += a[i][k] * b[k][j];
                }
                out[i][j] = s;
            }
        }
        return out;
    }

    /** Solves a x = b by Gaussian elimination with partial pivoting. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][];
        for (int i = 0; i < n; i++) {
            m[i] = Arrays.copyOf(a[i], n + 1);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(m[pivot][col]) < 1e-12) {
                throw new ArithmeticException("singular matrix at column " + col);
            }
            double[] t = m[col];
            m[col] = m[pivot];
            m[pivot] = t;
            for (int r = 0; r < n; r++) {
                if (r != col) {
                    double f = m[r][col] / m[col][col];
                    for (int c = col; c <= n; c++) {
                        m[r][c] -= f * m[col][c];
                    }
                }
            }
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = m[i][n] / m[i][i];
        }
        return x;
    }

    static String show(double[][] m) {
        StringBuilder sb = new StringBuilder();
        for (double[] row : m) {
            for (double v : row) {
                sb.append(String.format("%9.3f", v));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static void matrices() {
        double[][] a = {{2, -1, 0}, {-1, 2, -1}, {0, -1, 2}};
        double[][] rot = {{Math.cos(Math.PI / 6), -Math.sin(Math.PI / 6), 0}, {Math.sin(Math.PI / 6), Math.cos(Math.PI / 6), 0}, {0, 0, 1}};
        System.out.print(show(multiply(a, rot)));
        double[] x = solve(a, new double[] {1, 0, 1});
        System.out.println("solution " + Arrays.toString(x));
        System.out.println(Arrays.deepToString(multiply(new double[][] {{1, 2}}, new double[][] {{3}, {4}})));
        try {
            solve(new double[][] {{1, 2}, {2, 4}}, new double[] {1, 2});
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
    }

    static void statistics() {
        double[] data = new double[25];
        long seed = 12345;
        for (int i = 0; i < data.length; i++) {
            seed = seed * 1103515245L + 12345L & 0x7fffffffL;
            data[i] = (seed % 10_000) / 100.0 - 20;
        }
        double mean = Arrays.stream(data).average().orElse(Double.NaN);
        double variance = Arrays.stream(data).map(d -> (d - mean) * (d - mean)).sum() / (data.length - 1);
        double[] sorted = data.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2];
        System.out.printf("n=%d mean=%.6f sd=%.6f median=%.2f min=%.2f max=%.2f%n", data.length, mean, Math.sqrt(variance), median, sorted[0], sorted[sorted.length - 1]);
        System.out.println("raw mean " + mean + " variance " + variance);
        System.out.println(String.format(Locale.ROOT, "%e | %.0f | %10.4e | %-8.1f| %g", mean * 1e6, 2.5, 1.0 / 3, -0.05, 0.00012345));
        int[] histogram = new int[6];
        for (double d : data) {
            histogram[(int) Math.min(5, Math.max(0, Math.floor((d + 20) / 20)))]++;
        }
        System.out.println("histogram " + Arrays.toString(histogram));
    }

    static void mathCorners() {
        double[] xs = {0.0, -0.0, 0.49999999999999994, 4503599627370497.0, 1.5, -1.5, 2.5, -2.5, 1e300, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY};
        for (double x : xs) {
            System.out.println(x + ": round " + Math.round(x) + " rint " + Math.rint(x) + " floor " + Math.floor(x) + " ceil " + Math.ceil(x)
                    + " signum " + Math.signum(x) + " sq " + x * x + " (int) " + (int) x + " (long) " + (long) x);
        }
        System.out.println(Math.pow(2, 0.5) + " " + Math.hypot(3, 4) + " " + Math.cbrt(27) + " " + Math.atan2(1, 1) + " " + Math.exp(1) + " " + Math.log10(1000)
                + " " + Math.log(Math.E) + " " + Math.toDegrees(Math.PI) + " " + Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + (-7 / 2) + " " + (-7 % 2));
        System.out.println(0.1 + 0.2 + " " + (0.1 + 0.2 == 0.3) + " " + 1.0 / 0 + " " + -1.0 / 0 + " " + 0.0 / 0 + " " + (float) 0.1 + " " + 100.0 / 3 + " " + 1e7 + " " + 1e-4 + " " + 123456789.0 * 10);
        System.out.println(Double.compare(0.0, -0.0) + " " + (0.0 == -0.0) + " " + Double.valueOf(Double.NaN).equals(Double.NaN) + " " + Double.MAX_VALUE + " " + Float.MIN_VALUE + " " + Math.ulp(1.0));
        System.out.println(Double.toString(1.0E21) + " " + 1.0E20 + " " + (double) Long.MAX_VALUE + " " + (float) 16777217 + " " + Double.toHexString(1.0) + " " + Double.doubleToLongBits(-2.0));
    }

    static void integers() {
        int big = Integer.MAX_VALUE;
        long huge = Long.MAX_VALUE;
        System.out.println((big + 1) + " " + (huge + 1) + " " + Math.abs(Integer.MIN_VALUE) + " " + (-Integer.MIN_VALUE) + " " + (short) 70000 + " " + (byte) 200 + " " + (char) 65 + (int) 'z');
        try {
            Math.addExact(big, 1);
        } catch (ArithmeticException e) {
            System.out.println("addExact: " + e.getMessage());
        }
        try {
            Math.multiplyExact(huge, 2L);
        } catch (ArithmeticException e) {
            System.out.println("multiplyExact: " + e.getMessage());
        }
        try {
            Math.toIntExact(1L << 40);
        } catch (ArithmeticException e) {
            System.out.println("toIntExact: " + e.getMessage());
        }
        int v = 0b1011_0110;
        System.out.println(Integer.toBinaryString(v) + " " + Integer.toHexString(-1) + " " + Integer.toOctalString(8) + " " + Long.toBinaryString(5L) + " "
                + Integer.bitCount(v) + " " + Integer.highestOneBit(v) + " " + Integer.lowestOneBit(v) + " " + Integer.numberOfTrailingZeros(v) + " "
                + Integer.numberOfLeadingZeros(v) + " " + Integer.reverse(v) + " " + Integer.rotateLeft(v, 28) + " " + (v >>> 2) + " " + (-v >> 2) + " " + (-v >>> 28));
        System.out.println(Long.toHexString(Long.MIN_VALUE) + " " + Long.numberOfTrailingZeros(1L << 50) + " " + Long.bitCount(-1L) + " " + Integer.toString(255, 2) + " "
                + Integer.toString(-255, 16) + " " + Long.toString(Long.MAX_VALUE, 36) + " " + Integer.parseInt("-ff", 16) + " " + Integer.parseUnsignedInt("4294967295")
                + " " + Integer.toUnsignedString(-1) + " " + Long.parseLong("777", 8) + " " + Integer.valueOf(127) .equals(127) + " " + Integer.compare(3, 9) + " " + Long.signum(-9L));
        System.out.println(Integer.MAX_VALUE + Integer.MAX_VALUE + " " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Long.divideUnsigned(-1L, 10)
                + " " + Character.getNumericValue('7') + " " + Character.forDigit(11, 16) + " " + Character.digit('z', 36) + " " + Integer.sum(2, 3) + " " + Integer.max(-1, -2));
        for (String s : new String[] {"42", "-0", "+17", " 5", "2147483648", "12a", "", "0x1F", "9223372036854775807", "9223372036854775808"}) {
            StringBuilder out = new StringBuilder(String.format("%-22s", "\"" + s + "\""));
            try {
                out.append("int ").append(Integer.parseInt(s));
            } catch (NumberFormatException e) {
                out.append(e.getMessage());
            }
            out.append(" | ");
            try {
                out.append("long ").append(Long.parseLong(s));
            } catch (NumberFormatException e) {
                out.append(e.getMessage());
            }
            System.out.println(out);
        }
        for (String s : new String[] {"3.25", "-1e3", "NaN", "Infinity", ".5", "1.", "abc", "  7.5  "}) {
            try {
                System.out.println(s + " -> " + Double.parseDouble(s));
            } catch (NumberFormatException e) {
                System.out.println(s + " -> " + e.getMessage());
            }
        }
        try {
            Integer.decode("0x7G");
        } catch (NumberFormatException e) {
            System.out.println("decode: " + e.getMessage());
        }
        System.out.println(Integer.decode("0x7F") + " " + Integer.decode("-010") + " " + Long.decode("#ff"));
    }

    static long gcd(long a, long b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }

    static void numberTheory() {
        int limit = 100;
        boolean[] composite = new boolean[limit + 1];
        StringBuilder primes = new StringBuilder();
        for (int i = 2; i <= limit; i++) {
            if (!composite[i]) {
                primes.append(i).append(' ');
                for (int j = i * i; j <= limit; j += i) {
                    composite[j] = true;
                }
            }
        }
        System.out.println(primes.toString().strip());
        System.out.println("gcd " + gcd(1071, 462) + " lcm " + 1071L * 462 / gcd(1071, 462) + " collatz(27) " + collatz(27));
        long fib = 0;
        long next = 1;
        int n = 0;
        while (next > 0) {
            long t = fib + next;
            fib = next;
            next = t;
            n++;
        }
        System.out.println("fib overflows after " + n + ": last " + fib + " then " + next);
        System.out.println("perfect " + Arrays.toString(java.util.stream.IntStream.rangeClosed(2, 10_000).filter(RealNumbers::perfect).toArray()));
    }

    static int collatz(long n) {
        int steps = 0;
        while (n != 1) {
            n = (n & 1) == 0 ? n >> 1 : 3 * n + 1;
            steps++;
        }
        return steps;
    }

    static boolean perfect(int n) {
        int sum = 1;
        for (int d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                sum += d + (d * d == n ? 0 : n / d);
            }
        }
        return sum == n;
    }

    public static void main(String[] args) {
        double[] randoms = java.util.stream.DoubleStream.generate(Math::random).limit(1000).toArray();
        System.out.println("Math.random in [0, 1): " + Arrays.stream(randoms).allMatch(r -> r >= 0 && r < 1)
                + ", not constant: " + (Arrays.stream(randoms).distinct().count() > 900));
        matrices();
        statistics();
        mathCorners();
        integers();
        numberTheory();
    }
}
