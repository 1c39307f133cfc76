package java.math;

/** A precision (significant digits, 0 for unlimited) and a rounding mode for BigDecimal. */
public final class MathContext {
    public static final MathContext UNLIMITED = new MathContext(0, RoundingMode.HALF_UP);
    public static final MathContext DECIMAL32 = new MathContext(7, RoundingMode.HALF_EVEN);
    public static final MathContext DECIMAL64 = new MathContext(16, RoundingMode.HALF_EVEN);
    public static final MathContext DECIMAL128 = new MathContext(34, RoundingMode.HALF_EVEN);
    private final int precision;
    private final RoundingMode roundingMode;

    public MathContext(int precision) { this(precision, RoundingMode.HALF_UP); }
    public MathContext(int precision, RoundingMode mode) {
        if (precision < 0) throw new IllegalArgumentException("Digits < 0");
        if (mode == null) throw new NullPointerException("null RoundingMode");
        this.precision = precision;
        this.roundingMode = mode;
    }
    public int getPrecision() { return precision; }
    public RoundingMode getRoundingMode() { return roundingMode; }
    public boolean equals(Object o) {
        return o instanceof MathContext && ((MathContext) o).precision == precision
            && ((MathContext) o).roundingMode == roundingMode;
    }
    public int hashCode() { return precision * 59 + roundingMode.ordinal(); }
    public String toString() { return "precision=" + precision + " roundingMode=" + roundingMode; }
}
