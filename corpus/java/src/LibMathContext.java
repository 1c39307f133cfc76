import java.math.*;

public class LibMathContext {
    public static void main(String[] args) {
        MathContext[] mcs = { new MathContext(5), new MathContext(3, RoundingMode.DOWN), MathContext.DECIMAL32,
            MathContext.DECIMAL64, new MathContext(2, RoundingMode.HALF_EVEN), new MathContext(4, RoundingMode.CEILING),
            new MathContext(1, RoundingMode.FLOOR) };
        String[] xs = { "1", "10", "3", "123.456", "-7.5", "0.001", "99.99", "2.5", "1000000", "-0.000123456789", "0" };
        String[] ys = { "3", "7", "8", "0.3", "-12.5", "99", "1" };
        for (MathContext mc : mcs) {
            System.out.println(mc + " " + mc.getPrecision() + " " + mc.getRoundingMode());
            for (String x : xs) {
                BigDecimal a = new BigDecimal(x);
                StringBuilder sb = new StringBuilder();
                sb.append(x).append(": round=").append(a.round(mc)).append(" plus=").append(a.plus(mc));
                for (String y : ys) {
                    BigDecimal b = new BigDecimal(y);
                    sb.append(" /").append(y).append("=").append(a.divide(b, mc));
                }
                sb.append(" *1.01=").append(a.multiply(new BigDecimal("1.01"), mc));
                sb.append(" +0.0049=").append(a.add(new BigDecimal("0.0049"), mc));
                sb.append(" -7=").append(a.subtract(BigDecimal.valueOf(7), mc));
                System.out.println(sb);
            }
        }
        System.out.println(new BigDecimal("123.4567", new MathContext(4)) + " " + MathContext.UNLIMITED);
        System.out.println(BigDecimal.ONE.divide(BigDecimal.valueOf(3), MathContext.DECIMAL128));
        System.out.println(BigDecimal.valueOf(2).pow(100, MathContext.DECIMAL64));
        try {
            BigDecimal.ONE.divide(BigDecimal.ZERO, MathContext.DECIMAL32);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(new MathContext(5).equals(new MathContext(5, RoundingMode.HALF_UP)));
        String[] roots = { "2", "4", "4.00", "0.0004", "100", "1E+4", "1.5625", "0.1", "12345.6789", "0", "0.00", "9E-7", "250" };
        MathContext[] rmcs = { new MathContext(5), new MathContext(2, RoundingMode.HALF_EVEN), new MathContext(3, RoundingMode.UP),
            new MathContext(3, RoundingMode.DOWN), MathContext.DECIMAL64, new MathContext(1) };
        for (String r : roots) {
            StringBuilder sb = new StringBuilder(r).append(":");
            for (MathContext mc : rmcs) sb.append(' ').append(new BigDecimal(r).sqrt(mc));
            try {
                sb.append(" exact=").append(new BigDecimal(r).sqrt(MathContext.UNLIMITED));
            } catch (ArithmeticException e) {
                sb.append(" exact: ").append(e.getMessage());
            }
            System.out.println(sb);
        }
        try {
            new BigDecimal("-1").sqrt(MathContext.DECIMAL32);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
    }
}
