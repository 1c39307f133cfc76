package java.lang;

public final class Float extends Number implements Comparable<Float> {
    private static final long serialVersionUID = -2671257302660747028L;

    /** `float.class` (read by the frontend as the primitive class, handles.rs; never assigned). */
    public static Class<Float> TYPE;
    public static final float POSITIVE_INFINITY = 1.0f / 0.0f;
    public static final float NEGATIVE_INFINITY = -1.0f / 0.0f;
    public static final float NaN = 0.0f / 0.0f;
    public static final float MAX_VALUE = 0x1.fffffeP+127f;
    public static final float MIN_VALUE = 0x0.000002P-126f;
    private final float value;

    public Float(float value) { this.value = value; }
    public static Float valueOf(float f) { return new Float(f); }
    public float floatValue() { return value; }
    public double doubleValue() { return value; }
    public int intValue() { return (int) value; }
    public long longValue() { return (long) value; }
    public String toString() { return RootNative.floatToString(value); }
    public static String toString(float f) { return RootNative.floatToString(f); }
    public static boolean isNaN(float v) { return v != v; }
    public boolean isNaN() { return value != value; }
    public static boolean isFinite(float v) { return Math.abs(v) <= MAX_VALUE; }
    public static boolean isInfinite(float v) { return v == POSITIVE_INFINITY || v == NEGATIVE_INFINITY; }
    public static int floatToIntBits(float v) { return v != v ? 0x7fc00000 : floatToRawIntBits(v); }
    public static int floatToRawIntBits(float v) { return RootNative.floatBits(v); }
    public static float intBitsToFloat(int bits) { return RootNative.bitsFloat(bits); }
    public int hashCode() { return floatToIntBits(value); }
    public static int hashCode(float v) { return floatToIntBits(v); }
    public boolean equals(Object o) { return o instanceof Float && floatToIntBits(((Float) o).value) == floatToIntBits(value); }
    public int compareTo(Float o) { return compare(value, o.value); }
    public static int compare(float a, float b) { return Double.compare(a, b); }
    public static float sum(float a, float b) { return a + b; }
    public static float max(float a, float b) { return Math.max(a, b); }
    public static float min(float a, float b) { return Math.min(a, b); }
}
