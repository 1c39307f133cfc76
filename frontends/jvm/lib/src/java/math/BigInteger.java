package java.math;

/** Arbitrary-precision integers: sign and magnitude in base 2^32, most significant word first
 *  (the JDK's layout, so hashCode agrees). Schoolbook multiplication, shift-and-subtract
 *  division. */
public class BigInteger extends Number implements Comparable<BigInteger> {
    private static final long MASK = 0xffffffffL;
    public static final BigInteger ZERO = new BigInteger(0, new int[0]);
    public static final BigInteger ONE = valueOf(1);
    public static final BigInteger TWO = valueOf(2);
    public static final BigInteger TEN = valueOf(10);

    final int signum;
    final int[] mag;

    private BigInteger(int signum, int[] mag) {
        int skip = 0;
        while (skip < mag.length && mag[skip] == 0) skip++;
        if (skip > 0) {
            int[] m = new int[mag.length - skip];
            System.arraycopy(mag, skip, m, 0, m.length);
            mag = m;
        }
        this.mag = mag;
        this.signum = mag.length == 0 ? 0 : signum;
    }

    public BigInteger(String s) { this(s, 10); }
    public BigInteger(String s, int radix) {
        int n = s.length();
        if (n == 0) throw new NumberFormatException("Zero length BigInteger");
        int i = 0;
        int sign = 1;
        if (s.charAt(0) == '-' || s.charAt(0) == '+') {
            sign = s.charAt(0) == '-' ? -1 : 1;
            i = 1;
            if (n == 1) throw new NumberFormatException("Zero length BigInteger");
        }
        int[] m = new int[0];
        for (; i < n; i++) {
            int d = Character.digit(s.charAt(i), radix);
            if (d < 0) throw new NumberFormatException("For input string: \"" + s + "\"" + (radix == 10 ? "" : " under radix " + radix));
            m = mulAdd(m, radix, d);
        }
        BigInteger b = new BigInteger(sign, m);
        this.mag = b.mag;
        this.signum = b.signum;
    }

    public static BigInteger valueOf(long v) {
        if (v == 0) return ZERO != null ? ZERO : new BigInteger(0, new int[0]);
        long a = v < 0 ? -v : v;
        int[] m = new int[] {(int) (a >>> 32), (int) a};
        if (v == Long.MIN_VALUE) m = new int[] {0x80000000, 0};
        return new BigInteger(v < 0 ? -1 : 1, m);
    }

    private static int[] mulAdd(int[] m, int mul, int add) {
        int[] out = new int[m.length + 1];
        long carry = add & MASK;
        for (int i = m.length - 1; i >= 0; i--) {
            long p = (m[i] & MASK) * (mul & MASK) + carry;
            out[i + 1] = (int) p;
            carry = p >>> 32;
        }
        out[0] = (int) carry;
        return strip(out);
    }
    private static int[] strip(int[] m) {
        int skip = 0;
        while (skip < m.length && m[skip] == 0) skip++;
        if (skip == 0) return m;
        int[] r = new int[m.length - skip];
        System.arraycopy(m, skip, r, 0, r.length);
        return r;
    }
    private static int cmpMag(int[] a, int[] b) {
        if (a.length != b.length) return a.length < b.length ? -1 : 1;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) return (a[i] & MASK) < (b[i] & MASK) ? -1 : 1;
        }
        return 0;
    }
    private static int[] addMag(int[] a, int[] b) {
        if (a.length < b.length) {
            int[] t = a;
            a = b;
            b = t;
        }
        int[] out = new int[a.length + 1];
        long carry = 0;
        for (int i = 0; i < a.length; i++) {
            long s = (a[a.length - 1 - i] & MASK) + (i < b.length ? b[b.length - 1 - i] & MASK : 0) + carry;
            out[out.length - 1 - i] = (int) s;
            carry = s >>> 32;
        }
        out[0] = (int) carry;
        return strip(out);
    }
    /** a - b for a >= b. */
    private static int[] subMag(int[] a, int[] b) {
        int[] out = new int[a.length];
        long borrow = 0;
        for (int i = 0; i < a.length; i++) {
            long d = (a[a.length - 1 - i] & MASK) - (i < b.length ? b[b.length - 1 - i] & MASK : 0) - borrow;
            out[out.length - 1 - i] = (int) d;
            borrow = d < 0 ? 1 : 0;
        }
        return strip(out);
    }
    private static int[] mulMag(int[] a, int[] b) {
        if (a.length == 0 || b.length == 0) return new int[0];
        int[] out = new int[a.length + b.length];
        for (int i = a.length - 1; i >= 0; i--) {
            long carry = 0;
            long x = a[i] & MASK;
            for (int j = b.length - 1, k = i + j + 1; j >= 0; j--, k--) {
                long p = x * (b[j] & MASK) + (out[k] & MASK) + carry;
                out[k] = (int) p;
                carry = p >>> 32;
            }
            out[i] = (int) carry;
        }
        return strip(out);
    }
    private static int bitLen(int[] m) { return m.length == 0 ? 0 : (m.length - 1) * 32 + 32 - Integer.numberOfLeadingZeros(m[0]); }
    private static boolean testBit(int[] m, int n) {
        int w = m.length - 1 - (n >>> 5);
        return w >= 0 && (m[w] & (1 << (n & 31))) != 0;
    }
    private static int[] shiftLeft1Or(int[] m, boolean bit) {
        int[] out = new int[m.length + 1];
        int carry = bit ? 1 : 0;
        for (int i = m.length - 1; i >= 0; i--) {
            out[i + 1] = (m[i] << 1) | carry;
            carry = m[i] >>> 31;
        }
        out[0] = carry;
        return strip(out);
    }
    /** [quotient, remainder] of magnitudes. */
    private static int[][] divMag(int[] a, int[] b) {
        if (b.length == 0) throw new ArithmeticException("BigInteger divide by zero");
        if (cmpMag(a, b) < 0) return new int[][] {new int[0], a};
        if (b.length == 1) {
            long d = b[0] & MASK;
            int[] q = new int[a.length];
            long r = 0;
            for (int i = 0; i < a.length; i++) {
                long cur = (r << 32) | (a[i] & MASK);
                q[i] = (int) Long.divideUnsigned(cur, d);
                r = Long.remainderUnsigned(cur, d);
            }
            return new int[][] {strip(q), r == 0 ? new int[0] : new int[] {(int) r}};
        }
        int n = bitLen(a);
        int[] q = new int[(n + 31) / 32];
        int[] r = new int[0];
        for (int i = n - 1; i >= 0; i--) {
            r = shiftLeft1Or(r, testBit(a, i));
            if (cmpMag(r, b) >= 0) {
                r = subMag(r, b);
                q[q.length - 1 - (i >>> 5)] |= 1 << (i & 31);
            }
        }
        return new int[][] {strip(q), r};
    }

    public BigInteger add(BigInteger o) {
        if (o.signum == 0) return this;
        if (signum == 0) return o;
        if (signum == o.signum) return new BigInteger(signum, addMag(mag, o.mag));
        int c = cmpMag(mag, o.mag);
        if (c == 0) return ZERO;
        return c > 0 ? new BigInteger(signum, subMag(mag, o.mag)) : new BigInteger(o.signum, subMag(o.mag, mag));
    }
    public BigInteger negate() { return new BigInteger(-signum, mag); }
    public BigInteger subtract(BigInteger o) { return add(o.negate()); }
    public BigInteger multiply(BigInteger o) { return new BigInteger(signum * o.signum, mulMag(mag, o.mag)); }
    public BigInteger divide(BigInteger o) { return new BigInteger(signum * o.signum, divMag(mag, o.mag)[0]); }
    public BigInteger remainder(BigInteger o) { return new BigInteger(signum, divMag(mag, o.mag)[1]); }
    public BigInteger[] divideAndRemainder(BigInteger o) {
        int[][] qr = divMag(mag, o.mag);
        return new BigInteger[] {new BigInteger(signum * o.signum, qr[0]), new BigInteger(signum, qr[1])};
    }
    public BigInteger mod(BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        BigInteger r = remainder(m);
        return r.signum < 0 ? r.add(m) : r;
    }
    public BigInteger pow(int e) {
        if (e < 0) throw new ArithmeticException("Negative exponent");
        BigInteger result = ONE, base = this;
        while (e > 0) {
            if ((e & 1) != 0) result = result.multiply(base);
            e >>>= 1;
            if (e > 0) base = base.multiply(base);
        }
        return result;
    }
    public BigInteger modPow(BigInteger e, BigInteger m) {
        BigInteger result = ONE.mod(m), base = mod(m);
        for (int i = 0, n = e.bitLength(); i < n; i++) {
            if (e.testBit(i)) result = result.multiply(base).mod(m);
            base = base.multiply(base).mod(m);
        }
        return result;
    }
    public BigInteger gcd(BigInteger o) {
        BigInteger a = abs(), b = o.abs();
        while (b.signum != 0) {
            BigInteger t = a.mod(b);
            a = b;
            b = t;
        }
        return a;
    }
    public BigInteger abs() { return signum < 0 ? negate() : this; }
    public int signum() { return signum; }
    public int bitLength() {
        if (signum >= 0) return bitLen(mag);
        return negate().subtract(ONE).bitLength0();
    }
    private int bitLength0() { return bitLen(mag); }
    public boolean testBit(int n) {
        if (signum >= 0) return testBit(mag, n);
        return !testBit(negate().subtract(ONE).mag, n);
    }
    public BigInteger shiftLeft(int n) { return n < 0 ? shiftRight(-n) : multiply(TWO.pow(n)); }
    public BigInteger shiftRight(int n) {
        if (n < 0) return shiftLeft(-n);
        BigInteger d = TWO.pow(n);
        BigInteger[] qr = divideAndRemainder(d);
        return signum < 0 && qr[1].signum != 0 ? qr[0].subtract(ONE) : qr[0];
    }
    public BigInteger sqrt() {
        if (signum < 0) throw new ArithmeticException("Negative BigInteger");
        if (signum == 0) return ZERO;
        BigInteger x = ONE.shiftLeft((bitLength() + 1) / 2);
        while (true) {
            BigInteger y = x.add(divide(x)).shiftRight(1);
            if (y.compareTo(x) >= 0) return x;
            x = y;
        }
    }
    public BigInteger min(BigInteger o) { return compareTo(o) <= 0 ? this : o; }
    public BigInteger max(BigInteger o) { return compareTo(o) >= 0 ? this : o; }
    public int compareTo(BigInteger o) {
        if (signum != o.signum) return signum < o.signum ? -1 : 1;
        int c = cmpMag(mag, o.mag);
        return signum >= 0 ? c : -c;
    }
    public boolean equals(Object o) {
        if (!(o instanceof BigInteger)) return false;
        BigInteger b = (BigInteger) o;
        return signum == b.signum && cmpMag(mag, b.mag) == 0;
    }
    public int hashCode() {
        int h = 0;
        for (int w : mag) h = (int) (31 * h + (w & MASK));
        return h * signum;
    }
    public long longValue() {
        long v = 0;
        for (int i = Math.max(0, mag.length - 2); i < mag.length; i++) v = (v << 32) | (mag[i] & MASK);
        return signum < 0 ? -v : v;
    }
    public int intValue() { return (int) longValue(); }
    public double doubleValue() { return Double.parseDouble(toString()); }
    public float floatValue() { return (float) doubleValue(); }
    public long longValueExact() {
        if (bitLength() > 63) throw new ArithmeticException("BigInteger out of long range");
        return longValue();
    }
    public int intValueExact() {
        if (bitLength() > 31) throw new ArithmeticException("BigInteger out of int range");
        return intValue();
    }
    public boolean isProbablePrime(int certainty) {
        BigInteger n = abs();
        if (n.compareTo(TWO) < 0) return false;
        if (n.compareTo(valueOf(4)) < 0) return true;
        if (!n.testBit(0)) return false;
        BigInteger d = n.subtract(ONE);
        int s = 0;
        while (!d.testBit(0)) {
            d = d.shiftRight(1);
            s++;
        }
        int[] bases = {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37};
        for (int b : bases) {
            BigInteger a = valueOf(b);
            if (a.compareTo(n) >= 0) continue;
            BigInteger x = a.modPow(d, n);
            if (x.equals(ONE) || x.equals(n.subtract(ONE))) continue;
            boolean composite = true;
            for (int r = 1; r < s && composite; r++) {
                x = x.multiply(x).mod(n);
                if (x.equals(n.subtract(ONE))) composite = false;
            }
            if (composite) return false;
        }
        return true;
    }
    /** `n` two's-complement words of this number, least significant first (sign-extended). */
    private int[] twos(int n) {
        int[] out = new int[n];
        for (int i = 0; i < n && i < mag.length; i++) out[i] = mag[mag.length - 1 - i];
        if (signum < 0) negateWords(out);
        return out;
    }
    /** Two's-complement negation in place of words least significant first. */
    private static void negateWords(int[] w) {
        boolean carry = true;
        for (int i = 0; i < w.length; i++) {
            w[i] = ~w[i];
            if (carry) {
                w[i]++;
                carry = w[i] == 0;
            }
        }
    }
    /** The number whose two's-complement words, least significant first, are `w` (changed). */
    private static BigInteger fromTwos(int[] w) {
        boolean negative = w[w.length - 1] < 0;
        if (negative) negateWords(w);
        int[] m = new int[w.length];
        for (int i = 0; i < w.length; i++) m[w.length - 1 - i] = w[i];
        return new BigInteger(negative ? -1 : 1, m);
    }
    /** A bitwise operation on two's-complement values: 0 and, 1 or, 2 xor, 3 and-not. */
    private BigInteger bitwise(BigInteger o, int op) {
        int n = Math.max(mag.length, o.mag.length) + 1;
        int[] a = twos(n), b = o.twos(n);
        for (int i = 0; i < n; i++) {
            a[i] = switch (op) {
                case 0 -> a[i] & b[i];
                case 1 -> a[i] | b[i];
                case 2 -> a[i] ^ b[i];
                default -> a[i] & ~b[i];
            };
        }
        return fromTwos(a);
    }
    public BigInteger and(BigInteger o) { return bitwise(o, 0); }
    public BigInteger or(BigInteger o) { return bitwise(o, 1); }
    public BigInteger xor(BigInteger o) { return bitwise(o, 2); }
    public BigInteger andNot(BigInteger o) { return bitwise(o, 3); }
    public BigInteger not() { return negate().subtract(ONE); }
    private static BigInteger bit(int n) {
        if (n < 0) throw new ArithmeticException("Negative bit address");
        return ONE.shiftLeft(n);
    }
    public BigInteger setBit(int n) { return or(bit(n)); }
    public BigInteger clearBit(int n) { return andNot(bit(n)); }
    public BigInteger flipBit(int n) { return xor(bit(n)); }
    public int getLowestSetBit() {
        if (signum == 0) return -1;
        int i = 0;
        while (!testBit(i)) i++;
        return i;
    }
    public int bitCount() {
        int[] m = signum < 0 ? not().mag : mag;
        int n = 0;
        for (int w : m) n += Integer.bitCount(w);
        return n;
    }
    public BigInteger modInverse(BigInteger m) {
        if (m.signum <= 0) throw new ArithmeticException("BigInteger: modulus not positive");
        if (m.equals(ONE)) return ZERO;
        BigInteger a = mod(m), b = m, x0 = ONE, x1 = ZERO;
        while (b.signum != 0) {
            BigInteger[] qr = a.divideAndRemainder(b);
            a = b;
            b = qr[1];
            BigInteger t = x0.subtract(qr[0].multiply(x1));
            x0 = x1;
            x1 = t;
        }
        if (!a.equals(ONE)) throw new ArithmeticException("BigInteger not invertible.");
        return x0.mod(m);
    }
    public BigInteger nextProbablePrime() {
        if (signum < 0) throw new ArithmeticException("start < 0: " + this);
        if (compareTo(TWO) < 0) return TWO;
        BigInteger n = testBit(0) ? add(TWO) : add(ONE);
        while (!n.isProbablePrime(100)) n = n.add(TWO);
        return n;
    }
    /** Big-endian two's complement in the fewest bytes. */
    public byte[] toByteArray() {
        int bytes = bitLength() / 8 + 1;
        int[] w = twos((bytes + 3) / 4);
        byte[] out = new byte[bytes];
        for (int i = 0; i < bytes; i++) out[bytes - 1 - i] = (byte) (w[i / 4] >>> (8 * (i % 4)));
        return out;
    }
    /** From big-endian two's complement bytes. */
    public BigInteger(byte[] value) {
        if (value.length == 0) throw new NumberFormatException("Zero length BigInteger");
        int[] w = new int[(value.length + 3) / 4 + 1];
        for (int i = 0; i < w.length * 4; i++) {
            int k = value.length - 1 - i;
            int b = k >= 0 ? value[k] & 0xff : (value[0] < 0 ? 0xff : 0);
            w[i / 4] |= b << (8 * (i % 4));
        }
        BigInteger b = fromTwos(w);
        this.mag = b.mag;
        this.signum = b.signum;
    }
    public String toString() { return toString(10); }
    public String toString(int radix) {
        if (signum == 0) return "0";
        if (radix < 2 || radix > 36) radix = 10;
        StringBuilder sb = new StringBuilder();
        int[] m = mag;
        int[] r = new int[] {radix};
        while (m.length > 0) {
            int[][] qr = divMag(m, r);
            sb.append(Character.forDigit(qr[1].length == 0 ? 0 : qr[1][0], radix));
            m = qr[0];
        }
        if (signum < 0) sb.append('-');
        return sb.reverse().toString();
    }
}
