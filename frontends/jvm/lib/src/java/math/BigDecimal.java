package java.math;

/** An arbitrary-precision decimal: an unscaled BigInteger and a scale (value = unscaled ×
 *  10^-scale), with the JDK's arithmetic, rounding modes, scales of results, `toString`
 *  (scientific notation when the adjusted exponent is below -6 or the scale negative),
 *  `equals` (value and scale) and `compareTo` (value). No MathContext. */
public class BigDecimal extends Number implements Comparable<BigDecimal> {
    public static final BigDecimal ZERO = new BigDecimal(BigInteger.ZERO, 0);
    public static final BigDecimal ONE = new BigDecimal(BigInteger.ONE, 0);
    public static final BigDecimal TWO = new BigDecimal(BigInteger.TWO, 0);
    public static final BigDecimal TEN = new BigDecimal(BigInteger.TEN, 0);
    public static final int ROUND_UP = 0, ROUND_DOWN = 1, ROUND_CEILING = 2, ROUND_FLOOR = 3, ROUND_HALF_UP = 4,
            ROUND_HALF_DOWN = 5, ROUND_HALF_EVEN = 6, ROUND_UNNECESSARY = 7;

    private final BigInteger intVal;
    private final int scale;

    public BigDecimal(BigInteger unscaled, int scale) {
        this.intVal = unscaled;
        this.scale = scale;
    }
    public BigDecimal(BigInteger value) { this(value, 0); }
    public BigDecimal(int value) { this(BigInteger.valueOf(value), 0); }
    public BigDecimal(long value) { this(BigInteger.valueOf(value), 0); }
    public BigDecimal(String s) {
        String t = s;
        int exp = 0;
        int e = Math.max(t.indexOf('e'), t.indexOf('E'));
        if (e >= 0) {
            exp = Integer.parseInt(t.substring(t.charAt(e + 1) == '+' ? e + 2 : e + 1));
            t = t.substring(0, e);
        }
        int dot = t.indexOf('.');
        int sc = 0;
        if (dot >= 0) {
            sc = t.length() - dot - 1;
            t = t.substring(0, dot) + t.substring(dot + 1);
        }
        if (t.isEmpty() || t.equals("-") || t.equals("+")) throw new NumberFormatException("Character array is missing \"exponent\" mark 'e' or 'E'.");
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!(c >= '0' && c <= '9') && !(i == 0 && (c == '-' || c == '+'))) {
                throw new NumberFormatException("Character " + c + " is neither a decimal digit number, decimal point, nor \"e\" notation exponential mark.");
            }
        }
        this.intVal = new BigInteger(t.charAt(0) == '+' ? t.substring(1) : t);
        this.scale = sc - exp;
    }
    /** The exact value of the double (its binary fraction written in decimal). */
    public BigDecimal(String s, MathContext mc) { this(new BigDecimal(s).round(mc)); }
    private BigDecimal(BigDecimal v) { this(v.intVal, v.scale); }
    public BigDecimal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) throw new NumberFormatException("Infinite or NaN");
        long bits = Double.doubleToLongBits(d);
        int sign = bits < 0 ? -1 : 1;
        int exponent = (int) ((bits >> 52) & 0x7ffL);
        long mantissa = exponent == 0 ? (bits & ((1L << 52) - 1)) << 1 : (bits & ((1L << 52) - 1)) | (1L << 52);
        exponent -= 1075;
        if (mantissa == 0) {
            intVal = BigInteger.ZERO;
            scale = 0;
            return;
        }
        while ((mantissa & 1) == 0) {
            mantissa >>= 1;
            exponent++;
        }
        BigInteger m = BigInteger.valueOf(sign * mantissa);
        if (exponent >= 0) {
            intVal = m.shiftLeft(exponent);
            scale = 0;
        } else {
            intVal = m.multiply(BigInteger.valueOf(5).pow(-exponent));
            scale = -exponent;
        }
    }
    public static BigDecimal valueOf(long v) { return new BigDecimal(BigInteger.valueOf(v), 0); }
    public static BigDecimal valueOf(long unscaled, int scale) { return new BigDecimal(BigInteger.valueOf(unscaled), scale); }
    public static BigDecimal valueOf(double d) { return new BigDecimal(Double.toString(d)); }

    private static BigInteger tenPow(int n) { return BigInteger.TEN.pow(n); }
    /** The unscaled value at a larger scale `s`. */
    private BigInteger at(int s) { return s == scale ? intVal : intVal.multiply(tenPow(s - scale)); }

    public BigDecimal add(BigDecimal o) {
        int s = Math.max(scale, o.scale);
        return new BigDecimal(at(s).add(o.at(s)), s);
    }
    public BigDecimal subtract(BigDecimal o) { return add(o.negate()); }
    public BigDecimal multiply(BigDecimal o) { return new BigDecimal(intVal.multiply(o.intVal), scale + o.scale); }
    public BigDecimal negate() { return new BigDecimal(intVal.negate(), scale); }
    public BigDecimal plus() { return this; }
    public BigDecimal abs() { return signum() < 0 ? negate() : this; }
    public int signum() { return intVal.signum(); }
    public int scale() { return scale; }
    public BigInteger unscaledValue() { return intVal; }
    public int precision() { return intVal.signum() == 0 ? 1 : intVal.abs().toString().length(); }
    public BigDecimal pow(int n) {
        if (n < 0 || n > 999999999) throw new ArithmeticException("Invalid operation");
        return new BigDecimal(intVal.pow(n), scale * n);
    }

    /** `num / den` rounded by `mode` (den != 0). */
    private static BigInteger divideRound(BigInteger num, BigInteger den, RoundingMode mode) {
        BigInteger[] qr = num.divideAndRemainder(den);
        BigInteger q = qr[0], r = qr[1];
        if (r.signum() == 0) return q;
        int sign = num.signum() * den.signum();
        int half = r.abs().shiftLeft(1).compareTo(den.abs());
        boolean away;
        switch (mode) {
            case UP: away = true; break;
            case DOWN: away = false; break;
            case CEILING: away = sign > 0; break;
            case FLOOR: away = sign < 0; break;
            case HALF_UP: away = half >= 0; break;
            case HALF_DOWN: away = half > 0; break;
            case HALF_EVEN: away = half > 0 || (half == 0 && q.testBit(0)); break;
            default: throw new ArithmeticException("Rounding necessary");
        }
        return away ? q.add(BigInteger.valueOf(sign)) : q;
    }
    public BigDecimal divide(BigDecimal divisor, int newScale, RoundingMode mode) {
        if (divisor.signum() == 0) throw new ArithmeticException("/ by zero");
        int p = newScale + divisor.scale - scale;
        BigInteger num = p >= 0 ? intVal.multiply(tenPow(p)) : intVal;
        BigInteger den = p >= 0 ? divisor.intVal : divisor.intVal.multiply(tenPow(-p));
        return new BigDecimal(divideRound(num, den, mode), newScale);
    }
    public BigDecimal divide(BigDecimal divisor, int newScale, int mode) { return divide(divisor, newScale, RoundingMode.values()[mode]); }
    public BigDecimal divide(BigDecimal divisor, RoundingMode mode) { return divide(divisor, scale, mode); }
    public BigDecimal divide(BigDecimal divisor, int mode) { return divide(divisor, scale, RoundingMode.values()[mode]); }
    /** The exact quotient, at the preferred scale `scale - divisor.scale` or the least larger
     *  one that holds it; ArithmeticException when the decimal expansion does not end. */
    public BigDecimal divide(BigDecimal divisor) {
        if (divisor.signum() == 0) throw new ArithmeticException(signum() == 0 ? "Division undefined" : "Division by zero");
        int preferred = scale - divisor.scale;
        if (signum() == 0) return new BigDecimal(BigInteger.ZERO, preferred);
        BigInteger d = divisor.intVal.abs().divide(intVal.abs().gcd(divisor.intVal.abs()));
        int twos = 0, fives = 0;
        BigInteger five = BigInteger.valueOf(5);
        while (!d.testBit(0)) {
            d = d.shiftRight(1);
            twos++;
        }
        while (d.mod(five).signum() == 0) {
            d = d.divide(five);
            fives++;
        }
        if (!d.equals(BigInteger.ONE)) throw new ArithmeticException("Non-terminating decimal expansion; no exact representable decimal result.");
        BigDecimal q = divide(divisor, preferred + Math.max(twos, fives), RoundingMode.UNNECESSARY);
        return q.stripTo(preferred);
    }
    /** Rounded to `mc`'s precision (the scale drops by the digits dropped, again after a carry). */
    public BigDecimal round(MathContext mc) {
        int p = mc.getPrecision();
        BigDecimal r = this;
        if (p == 0) return r;
        int drop;
        while ((drop = r.precision() - p) > 0) r = r.setScale(r.scale - drop, mc.getRoundingMode());
        return r;
    }
    public BigDecimal plus(MathContext mc) { return round(mc); }
    public BigDecimal negate(MathContext mc) { return negate().round(mc); }
    public BigDecimal abs(MathContext mc) { return abs().round(mc); }
    public BigDecimal add(BigDecimal o, MathContext mc) { return add(o).round(mc); }
    public BigDecimal subtract(BigDecimal o, MathContext mc) { return subtract(o).round(mc); }
    public BigDecimal multiply(BigDecimal o, MathContext mc) { return multiply(o).round(mc); }
    public BigDecimal pow(int n, MathContext mc) { return pow(n).round(mc); }
    /** The quotient rounded to `mc`'s precision; an exact quotient has its trailing zeros
     *  stripped down to the preferred scale `scale - divisor.scale`, as the JDK's. */
    public BigDecimal divide(BigDecimal divisor, MathContext mc) {
        int p = mc.getPrecision();
        if (p == 0) return divide(divisor);
        if (divisor.signum() == 0) throw new ArithmeticException(signum() == 0 ? "Division undefined" : "Division by zero");
        int preferred = scale - divisor.scale;
        if (signum() == 0) return new BigDecimal(BigInteger.ZERO, preferred);
        int e = (precision() - scale) - (divisor.precision() - divisor.scale);
        int s = p - e;
        BigDecimal q = divide(divisor, s, mc.getRoundingMode());
        if (q.precision() > p) {
            q = divide(divisor, s - 1, mc.getRoundingMode());
        } else if (q.precision() < p) {
            q = divide(divisor, s + 1, mc.getRoundingMode());
        }
        q = q.round(mc);
        return q.multiply(divisor).compareTo(this) == 0 ? q.stripTo(preferred) : q;
    }
    /** The square root rounded to `mc` (correctly rounded in every mode), then as the JDK's:
     *  trailing zeros stripped and padded back toward the preferred scale `scale / 2` within the
     *  precision; with precision 0 the exact root or ArithmeticException. */
    public BigDecimal sqrt(MathContext mc) {
        int sign = signum();
        if (sign < 0) throw new ArithmeticException("Attempted square root of negative BigDecimal");
        int preferred = scale / 2;
        if (sign == 0) return new BigDecimal(BigInteger.ZERO, preferred);
        int p = mc.getPrecision();
        int digits = p == 0 ? precision() + 2 : p;
        int m = Math.max(0, 2 * digits + 2 - precision());
        if (Math.floorMod(scale + m, 2) != 0) m++;
        BigInteger n = intVal.multiply(tenPow(m));
        BigInteger r = isqrt(n);
        boolean exact = r.multiply(r).equals(n);
        int rootScale = (scale + m) / 2;
        BigDecimal result;
        if (p == 0) {
            if (!exact) throw new ArithmeticException("Computed square root not exact.");
            result = new BigDecimal(r, rootScale);
        } else if (exact) {
            result = new BigDecimal(r, rootScale).round(mc);
        } else {
            result = new BigDecimal(r.multiply(BigInteger.TEN).add(BigInteger.ONE), rootScale + 1).round(mc);
        }
        if (result.scale != preferred) {
            BigDecimal padded = result.stripTrailingZeros().add(new BigDecimal(BigInteger.ZERO, preferred));
            result = p == 0 ? padded : padded.round(new MathContext(p, RoundingMode.UNNECESSARY));
        }
        return result;
    }

    /** The integer square root (floor) of `n > 0`, by Newton's iteration. */
    private static BigInteger isqrt(BigInteger n) {
        BigInteger x = BigInteger.ONE.shiftLeft((n.bitLength() + 1) / 2);
        while (true) {
            BigInteger y = x.add(n.divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) return x;
            x = y;
        }
    }
    public BigDecimal remainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return subtract(q.multiply(divisor));
    }
    /** The integer part of the quotient, at the preferred scale `scale - divisor.scale` when
     *  it can hold it (trailing zeros stripped down to it, or padded up to it). */
    public BigDecimal divideToIntegralValue(BigDecimal divisor) {
        int preferred = scale - divisor.scale;
        if (divisor.signum() == 0) throw new ArithmeticException(signum() == 0 ? "Division undefined" : "Division by zero");
        if (abs().compareTo(divisor.abs()) < 0) return new BigDecimal(BigInteger.ZERO, preferred);
        BigDecimal q = divide(divisor, 0, RoundingMode.DOWN);
        return preferred > 0 ? q.setScale(preferred) : q.stripTo(preferred);
    }
    /** Trailing zeros removed while the scale stays at or above `preferred`. */
    private BigDecimal stripTo(int preferred) {
        BigInteger v = intVal;
        int s = scale;
        while (s > preferred && v.signum() != 0) {
            BigInteger[] qr = v.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) break;
            v = qr[0];
            s--;
        }
        return new BigDecimal(v, s);
    }
    public BigDecimal stripTrailingZeros() {
        if (intVal.signum() == 0) return ZERO;
        return stripTo(Integer.MIN_VALUE);
    }
    public BigDecimal setScale(int newScale, RoundingMode mode) {
        if (newScale >= scale) return new BigDecimal(at(newScale), newScale);
        return new BigDecimal(divideRound(intVal, tenPow(scale - newScale), mode), newScale);
    }
    public BigDecimal setScale(int newScale, int mode) { return setScale(newScale, RoundingMode.values()[mode]); }
    public BigDecimal setScale(int newScale) { return setScale(newScale, RoundingMode.UNNECESSARY); }
    public BigDecimal movePointLeft(int n) {
        BigDecimal r = new BigDecimal(intVal, scale + n);
        return r.scale < 0 ? r.setScale(0) : r;
    }
    public BigDecimal movePointRight(int n) { return movePointLeft(-n); }
    public BigDecimal scaleByPowerOfTen(int n) { return new BigDecimal(intVal, scale - n); }

    public int compareTo(BigDecimal o) {
        int s = Math.max(scale, o.scale);
        return at(s).compareTo(o.at(s));
    }
    public boolean equals(Object o) {
        if (!(o instanceof BigDecimal)) return false;
        BigDecimal b = (BigDecimal) o;
        return scale == b.scale && intVal.equals(b.intVal);
    }
    public int hashCode() { return 31 * intVal.hashCode() + scale; }
    public BigDecimal min(BigDecimal o) { return compareTo(o) <= 0 ? this : o; }
    public BigDecimal max(BigDecimal o) { return compareTo(o) >= 0 ? this : o; }

    public String toString() {
        String digits = intVal.abs().toString();
        String sign = intVal.signum() < 0 ? "-" : "";
        long adjusted = -(long) scale + (digits.length() - 1);
        if (scale >= 0 && adjusted >= -6) return sign + plain(digits);
        String mantissa = digits.length() > 1 ? digits.substring(0, 1) + "." + digits.substring(1) : digits;
        return sign + mantissa + "E" + (adjusted >= 0 ? "+" : "") + adjusted;
    }
    public String toPlainString() {
        String digits = intVal.abs().toString();
        String sign = intVal.signum() < 0 ? "-" : "";
        if (scale <= 0) {
            StringBuilder sb = new StringBuilder(sign).append(digits);
            if (intVal.signum() != 0) for (int i = 0; i < -scale; i++) sb.append('0');
            return sb.toString();
        }
        return sign + plain(digits);
    }
    /** `digits` (no sign) with the point `scale` places from the right (scale >= 0). */
    private String plain(String digits) {
        if (scale == 0) return digits;
        if (digits.length() > scale) return digits.substring(0, digits.length() - scale) + "." + digits.substring(digits.length() - scale);
        StringBuilder sb = new StringBuilder("0.");
        for (int i = digits.length(); i < scale; i++) sb.append('0');
        return sb.append(digits).toString();
    }
    public BigInteger toBigIntegerExact() { return setScale(0, RoundingMode.UNNECESSARY).intVal; }
    public int intValueExact() {
        BigInteger v = toBigIntegerExact();
        if (v.bitLength() > 31) throw new ArithmeticException("Overflow");
        return v.intValue();
    }
    public long longValueExact() {
        BigInteger v = toBigIntegerExact();
        if (v.bitLength() > 63) throw new ArithmeticException("Overflow");
        return v.longValue();
    }
    public BigDecimal[] divideAndRemainder(BigDecimal divisor) {
        BigDecimal q = divideToIntegralValue(divisor);
        return new BigDecimal[] {q, subtract(q.multiply(divisor))};
    }
    /** One unit in the last place: 1 at this number's scale. */
    public BigDecimal ulp() { return new BigDecimal(BigInteger.ONE, scale); }
    public BigDecimal(int value, MathContext mc) { this(new BigDecimal(value).round(mc)); }
    public BigDecimal(long value, MathContext mc) { this(new BigDecimal(value).round(mc)); }
    public BigDecimal(double value, MathContext mc) { this(new BigDecimal(value).round(mc)); }
    public BigDecimal(BigInteger value, MathContext mc) { this(new BigDecimal(value).round(mc)); }
    public BigDecimal(BigInteger unscaled, int scale, MathContext mc) { this(new BigDecimal(unscaled, scale).round(mc)); }
    public BigDecimal(char[] digits) { this(new String(digits)); }
    public BigDecimal(char[] digits, int offset, int length) { this(new String(digits, offset, length)); }
    public BigInteger toBigInteger() { return setScale(0, RoundingMode.DOWN).intVal; }
    public int intValue() { return toBigInteger().intValue(); }
    public long longValue() { return toBigInteger().longValue(); }
    public double doubleValue() { return Double.parseDouble(toString()); }
    public float floatValue() { return (float) doubleValue(); }
}
