import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.*;

/** java.math.BigDecimal: money arithmetic, rounding modes, scales, toString forms. */
public class LibBigDecimal {
    public static void main(String[] args) {
        BigDecimal price = new BigDecimal("19.99");
        BigDecimal qty = BigDecimal.valueOf(3);
        BigDecimal rate = new BigDecimal("0.0825");
        BigDecimal subtotal = price.multiply(qty);
        BigDecimal tax = subtotal.multiply(rate).setScale(2, RoundingMode.HALF_UP);
        BigDecimal total = subtotal.add(tax);
        System.out.println(subtotal + " + " + tax + " = " + total + " (scale " + total.scale() + ")");
        System.out.println(new BigDecimal("10").divide(new BigDecimal("3"), 5, RoundingMode.HALF_EVEN));
        System.out.println(new BigDecimal("1").divide(new BigDecimal("8")) + " " + new BigDecimal("1.00").divide(new BigDecimal("4")));
        try {
            new BigDecimal("1").divide(new BigDecimal("3"));
        } catch (ArithmeticException e) {
            System.out.println("ArithmeticException: " + e.getMessage());
        }
        for (RoundingMode m : RoundingMode.values()) {
            if (m == RoundingMode.UNNECESSARY) continue;
            StringBuilder sb = new StringBuilder(m + ":");
            for (String v : new String[] {"2.5", "-2.5", "1.15", "-1.15", "0.125"}) sb.append(' ').append(new BigDecimal(v).setScale(1, m));
            System.out.println(sb);
        }
        System.out.println(new BigDecimal(0.1) + "\n" + BigDecimal.valueOf(0.1) + " " + BigDecimal.valueOf(2.675).setScale(2, RoundingMode.HALF_UP));
        System.out.println(new BigDecimal("1E+3") + " " + new BigDecimal("1E+3").toPlainString() + " " + new BigDecimal("0.0000001") + " "
            + new BigDecimal("123.4500").stripTrailingZeros() + " " + new BigDecimal("100").stripTrailingZeros());
        System.out.println(new BigDecimal("2.50").equals(new BigDecimal("2.5")) + " " + new BigDecimal("2.50").compareTo(new BigDecimal("2.5"))
            + " " + new BigDecimal("-7.5").abs().negate() + " " + new BigDecimal("1.1").pow(10) + " " + new BigDecimal("17.3").remainder(new BigDecimal("5")));
        List<BigDecimal> amounts = new ArrayList<>(List.of(new BigDecimal("3.50"), new BigDecimal("-1.25"), new BigDecimal("10"), new BigDecimal("3.5")));
        Collections.sort(amounts);
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal a : amounts) sum = sum.add(a);
        System.out.println(amounts + " sum " + sum + " max " + Collections.max(amounts) + " " + new HashSet<>(amounts).size());
        BigDecimal compound = new BigDecimal("1000.00");
        for (int year = 1; year <= 5; year++) compound = compound.multiply(new BigDecimal("1.05")).setScale(2, RoundingMode.HALF_EVEN);
        System.out.println("compound " + compound + " " + compound.intValue() + " " + compound.doubleValue() + " " + compound.toBigInteger().add(BigInteger.ONE)
            + " " + compound.unscaledValue() + " " + compound.precision() + " " + compound.movePointLeft(3) + " " + compound.movePointRight(1));
    }
}
