package java.lang.annotation;

import java.lang.reflect.Array;
import java.util.Arrays;

/** The base of the frontend's annotation instances (docs/jvm.md, "Annotations"): for each
 *  annotation interface `A` the frontend makes a class `A$$Annotation` extending this one and
 *  implementing `A`, whose element method number k returns `$int(k)`, `$ref(k)`,
 *  `$array(k, type)`, ... Values are kept boxed, arrays as `Object[]` of boxed elements (a fresh
 *  typed array each call, as HotSpot). `equals`, `hashCode` and `toString` are HotSpot 17's. */
public abstract class RootAnnotation implements Annotation {
    private Class<? extends Annotation> type;
    /** The elements' names, in the interface's declaration order. */
    private String[] names;
    /** The values by element (null: no value and no default). */
    private Object[] values;
    /** The elements `toString` shows, in HotSpot's order. */
    private int[] order;

    /** Called once by the frontend's factory on a new instance. */
    public final void $init(Class<? extends Annotation> type, String[] names, Object[] values, int[] order) {
        this.type = type;
        this.names = names;
        this.values = values;
        this.order = order;
    }

    public Class<? extends Annotation> annotationType() { return type; }

    private Object value(int k) {
        Object v = values[k];
        if (v == null) throw new IncompleteAnnotationException(type, names[k]);
        return v;
    }

    public final int $int(int k) { return (Integer) value(k); }
    public final long $long(int k) { return (Long) value(k); }
    public final short $short(int k) { return (Short) value(k); }
    public final byte $byte(int k) { return (Byte) value(k); }
    public final char $char(int k) { return (Character) value(k); }
    public final boolean $boolean(int k) { return (Boolean) value(k); }
    public final float $float(int k) { return (Float) value(k); }
    public final double $double(int k) { return (Double) value(k); }
    public final Object $ref(int k) { return value(k); }
    public final Object $array(int k, Class<?> arrayType) { return $typed((Object[]) value(k), arrayType); }

    /** The value of element `name` as kept (boxed; an array as `Object[]`), null if none. */
    public final Object $element(String name) {
        for (int k = 0; k < names.length; k++) if (names[k].equals(name)) return values[k];
        return null;
    }

    /** The enum constant `name` of enum class `c` (an `e` element value). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static Object $enum(Class<?> c, String name) { return Enum.valueOf((Class) c, name); }

    /** A fresh array of class `arrayType` holding the boxed values `v`. */
    public static Object $typed(Object[] v, Class<?> arrayType) {
        Class<?> c = arrayType.getComponentType();
        int n = v.length;
        if (c == int.class) {
            int[] r = new int[n];
            for (int i = 0; i < n; i++) r[i] = (Integer) v[i];
            return r;
        }
        if (c == long.class) {
            long[] r = new long[n];
            for (int i = 0; i < n; i++) r[i] = (Long) v[i];
            return r;
        }
        if (c == short.class) {
            short[] r = new short[n];
            for (int i = 0; i < n; i++) r[i] = (Short) v[i];
            return r;
        }
        if (c == byte.class) {
            byte[] r = new byte[n];
            for (int i = 0; i < n; i++) r[i] = (Byte) v[i];
            return r;
        }
        if (c == char.class) {
            char[] r = new char[n];
            for (int i = 0; i < n; i++) r[i] = (Character) v[i];
            return r;
        }
        if (c == boolean.class) {
            boolean[] r = new boolean[n];
            for (int i = 0; i < n; i++) r[i] = (Boolean) v[i];
            return r;
        }
        if (c == float.class) {
            float[] r = new float[n];
            for (int i = 0; i < n; i++) r[i] = (Float) v[i];
            return r;
        }
        if (c == double.class) {
            double[] r = new double[n];
            for (int i = 0; i < n; i++) r[i] = (Double) v[i];
            return r;
        }
        Object[] r = (Object[]) Array.newInstance(c, n);
        for (int i = 0; i < n; i++) r[i] = v[i];
        return r;
    }

    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof RootAnnotation)) return false;
        RootAnnotation a = (RootAnnotation) o;
        if (a.type != type) return false;
        for (int k = 0; k < values.length; k++) {
            Object x = values[k], y = a.values[k];
            if (x instanceof Object[] && y instanceof Object[]) {
                if (!Arrays.equals((Object[]) x, (Object[]) y)) return false;
            } else if (x == null ? y != null : !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    public int hashCode() {
        int h = 0;
        for (int k = 0; k < values.length; k++) {
            Object v = values[k];
            if (v == null) continue;
            int vh = v instanceof Object[] ? Arrays.hashCode((Object[]) v) : v.hashCode();
            h += (127 * names[k].hashCode()) ^ vh;
        }
        return h;
    }

    public String toString() {
        StringBuilder sb = new StringBuilder("@").append(type.getName()).append('(');
        boolean lone = order.length == 1;
        for (int i = 0; i < order.length; i++) {
            int k = order[i];
            if (i > 0) sb.append(", ");
            if (!lone || !names[k].equals("value")) sb.append(names[k]).append('=');
            Object v = values[k];
            if (v instanceof Object[]) {
                Object[] a = (Object[]) v;
                sb.append('{');
                for (int j = 0; j < a.length; j++) {
                    if (j > 0) sb.append(", ");
                    sb.append(source(a[j]));
                }
                sb.append('}');
            } else {
                sb.append(source(v));
            }
        }
        return sb.append(')').toString();
    }

    /** A value as HotSpot's `toString` shows it (a Java source form for most kinds). */
    private static String source(Object v) {
        if (v instanceof Class) {
            Class<?> c = (Class<?>) v;
            String brackets = "";
            while (c.isArray()) {
                c = c.getComponentType();
                brackets += "[]";
            }
            return c.getName() + brackets + ".class";
        }
        if (v instanceof String) {
            String s = (String) v;
            StringBuilder sb = new StringBuilder("\"");
            for (int i = 0; i < s.length(); i++) sb.append(quote(s.charAt(i)));
            return sb.append('"').toString();
        }
        if (v instanceof Character) return "'" + quote((Character) v) + "'";
        if (v instanceof Double) {
            double d = (Double) v;
            if (Double.isNaN(d)) return "0.0/0.0";
            if (Double.isInfinite(d)) return d < 0 ? "-1.0/0.0" : "1.0/0.0";
            return Double.toString(d);
        }
        if (v instanceof Float) {
            float f = (Float) v;
            if (Float.isNaN(f)) return "0.0f/0.0f";
            if (Float.isInfinite(f)) return f < 0 ? "-1.0f/0.0f" : "1.0f/0.0f";
            return Float.toString(f) + "f";
        }
        if (v instanceof Long) return v + "L";
        if (v instanceof Byte) return "(byte)0x" + hex(((Byte) v) & 0xff, 2);
        return String.valueOf(v);
    }

    private static String quote(char c) {
        switch (c) {
            case '\b': return "\\b";
            case '\f': return "\\f";
            case '\n': return "\\n";
            case '\r': return "\\r";
            case '\t': return "\\t";
            case '\'': return "\\'";
            case '"': return "\\\"";
            case '\\': return "\\\\";
            default: return c >= ' ' && c <= '~' ? String.valueOf(c) : "\\u" + hex(c, 4);
        }
    }

    private static String hex(int v, int digits) {
        String s = Integer.toHexString(v);
        while (s.length() < digits) s = "0" + s;
        return s;
    }
}
