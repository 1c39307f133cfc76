import java.math.BigInteger;
import java.util.*;

public class LibBigInteger {
    static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) f = f.multiply(BigInteger.valueOf(i));
        return f;
    }

    public static void main(String[] args) {
        BigInteger f50 = factorial(50);
        System.out.println(f50 + " " + f50.bitLength() + " " + f50.hashCode());
        BigInteger a = new BigInteger("123456789012345678901234567890");
        BigInteger b = new BigInteger("-987654321098765432109876543210");
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b));
        System.out.println(b.divide(a) + " " + b.remainder(a) + " " + b.mod(a) + " " + Arrays.toString(b.divideAndRemainder(BigInteger.valueOf(97))));
        System.out.println(BigInteger.TWO.pow(100) + " " + BigInteger.TEN.pow(30).subtract(BigInteger.ONE) + " " + BigInteger.valueOf(Long.MIN_VALUE));
        System.out.println(a.gcd(b) + " " + a.compareTo(b) + " " + b.signum() + " " + b.abs().equals(b.negate()) + " " + a.hashCode() + " " + b.hashCode());
        System.out.println(BigInteger.valueOf(3).modPow(BigInteger.valueOf(200), BigInteger.valueOf(1000007)) + " " + new BigInteger("ff", 16) + " " + a.toString(16) + " " + b.toString(2).length());
        System.out.println(BigInteger.valueOf(1000000007).isProbablePrime(20) + " " + BigInteger.valueOf(1000000008).isProbablePrime(20) + " " + f50.sqrt() + " " + a.longValue() + " " + a.intValue());
        BigInteger fib0 = BigInteger.ZERO, fib1 = BigInteger.ONE;
        for (int i = 0; i < 300; i++) {
            BigInteger t = fib0.add(fib1);
            fib0 = fib1;
            fib1 = t;
        }
        System.out.println("fib300 " + fib0);
        System.out.println(BigInteger.valueOf(-17).shiftRight(2) + " " + BigInteger.valueOf(5).shiftLeft(70) + " " + BigInteger.valueOf(-8).testBit(3) + " " + BigInteger.valueOf(-1).bitLength());
        TreeSet<BigInteger> set = new TreeSet<>(List.of(a, b, BigInteger.ZERO, f50));
        System.out.println(set.first() + " " + set.last().equals(f50) + " " + new HashSet<>(List.of(a, a, b)).size());
        try {
            a.divide(BigInteger.ZERO);
        } catch (ArithmeticException e) {
            System.out.println(e.getMessage());
        }
    }
}
