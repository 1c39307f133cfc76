package java.lang.reflect;

/** `java.lang.reflect.Array`: arrays made and accessed by their class (docs/jvm.md, "Arrays
 *  and their types"). */
public final class Array {
    private Array() {}

    public static Object newInstance(Class<?> componentType, int length) {
        return Class.$newArray(componentType, length);
    }

    public static Object newInstance(Class<?> componentType, int... dimensions) {
        if (dimensions.length == 0) throw new IllegalArgumentException("Empty dimensions array");
        return make(componentType, dimensions, 0);
    }

    private static Object make(Class<?> c, int[] dims, int at) {
        if (at == dims.length - 1) return Class.$newArray(c, dims[at]);
        Class<?> inner = c;
        for (int i = at + 1; i < dims.length; i++) inner = Class.$newArray(inner, 0).getClass();
        Object[] a = (Object[]) Class.$newArray(inner, dims[at]);
        for (int i = 0; i < a.length; i++) a[i] = make(c, dims, at + 1);
        return a;
    }

    public static int getLength(Object a) {
        if (a instanceof Object[]) return ((Object[]) a).length;
        if (a instanceof int[]) return ((int[]) a).length;
        if (a instanceof long[]) return ((long[]) a).length;
        if (a instanceof double[]) return ((double[]) a).length;
        if (a instanceof float[]) return ((float[]) a).length;
        if (a instanceof char[]) return ((char[]) a).length;
        if (a instanceof short[]) return ((short[]) a).length;
        if (a instanceof byte[]) return ((byte[]) a).length;
        if (a instanceof boolean[]) return ((boolean[]) a).length;
        throw notAnArray(a);
    }

    public static Object get(Object a, int i) {
        if (a instanceof Object[]) return ((Object[]) a)[i];
        if (a instanceof int[]) return ((int[]) a)[i];
        if (a instanceof long[]) return ((long[]) a)[i];
        if (a instanceof double[]) return ((double[]) a)[i];
        if (a instanceof float[]) return ((float[]) a)[i];
        if (a instanceof char[]) return ((char[]) a)[i];
        if (a instanceof short[]) return ((short[]) a)[i];
        if (a instanceof byte[]) return ((byte[]) a)[i];
        if (a instanceof boolean[]) return ((boolean[]) a)[i];
        throw notAnArray(a);
    }

    public static int getInt(Object a, int i) {
        if (a instanceof int[]) return ((int[]) a)[i];
        if (a instanceof char[]) return ((char[]) a)[i];
        if (a instanceof short[]) return ((short[]) a)[i];
        if (a instanceof byte[]) return ((byte[]) a)[i];
        getLength(a);
        throw new IllegalArgumentException("Argument is not an array of a type convertible to int");
    }

    public static void set(Object a, int i, Object v) {
        if (a instanceof Object[]) {
            Object[] objects = (Object[]) a;
            if (v != null && !objects.getClass().getComponentType().isInstance(v)) {
                throw new IllegalArgumentException("array element type mismatch");
            }
            objects[i] = v;
            return;
        }
        if (a == null) throw new NullPointerException();
        if (a instanceof int[] && v instanceof Integer) { ((int[]) a)[i] = (Integer) v; return; }
        if (a instanceof long[] && v instanceof Long) { ((long[]) a)[i] = (Long) v; return; }
        if (a instanceof double[] && v instanceof Double) { ((double[]) a)[i] = (Double) v; return; }
        if (a instanceof float[] && v instanceof Float) { ((float[]) a)[i] = (Float) v; return; }
        if (a instanceof char[] && v instanceof Character) { ((char[]) a)[i] = (Character) v; return; }
        if (a instanceof short[] && v instanceof Short) { ((short[]) a)[i] = (Short) v; return; }
        if (a instanceof byte[] && v instanceof Byte) { ((byte[]) a)[i] = (Byte) v; return; }
        if (a instanceof boolean[] && v instanceof Boolean) { ((boolean[]) a)[i] = (Boolean) v; return; }
        getLength(a);
        throw new IllegalArgumentException("argument type mismatch");
    }

    public static void setInt(Object a, int i, int v) {
        if (a instanceof int[]) { ((int[]) a)[i] = v; return; }
        if (a instanceof long[]) { ((long[]) a)[i] = v; return; }
        if (a instanceof double[]) { ((double[]) a)[i] = v; return; }
        if (a instanceof float[]) { ((float[]) a)[i] = v; return; }
        getLength(a);
        throw new IllegalArgumentException("argument type mismatch");
    }

    private static RuntimeException notAnArray(Object a) {
        if (a == null) return new NullPointerException();
        return new IllegalArgumentException("Argument is not an array");
    }
}
