import java.math.BigDecimal;
import java.math.MathContext;

// float: midpoint-rule integration of 4/(1+x^2) over [0,1] (= pi) in double.
public class FloatKernel {
    // Shortest decimal that reads back to the same double, Rust `{:?}` style
    // (valid for results in normal range, which this one is).
    static String repr(double x) {
        BigDecimal exact = new BigDecimal(x);
        for (int p = 1; p <= 17; p++) {
            BigDecimal d = exact.round(new MathContext(p));
            if (d.doubleValue() == x) {
                String s = d.stripTrailingZeros().toPlainString();
                return s.contains(".") ? s : s + ".0";
            }
        }
        return Double.toString(x);
    }

    public static void main(String[] args) {
        final long n = 50000000L;
        final double h = 1.0 / n;
        double sum = 0.0;
        for (long i = 0; i < n; i++) {
            double x = (i + 0.5) * h;
            sum += 4.0 / (1.0 + x * x);
        }
        System.out.println(repr(sum * h));
    }
}
