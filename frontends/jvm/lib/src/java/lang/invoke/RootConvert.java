package java.lang.invoke;

/** The conversions of `MethodHandle.asType` and `invoke` (JDK 17, `MethodHandle.asType`'s
 *  table) on boxed values: a handle's `call` takes and returns boxes, so a conversion turns the
 *  box of one type into the box of another (widening `int` to `long`, unboxing an `Object`). */
final class RootConvert {
    private RootConvert() {}

    /** The primitive of a box class (`Integer` is `int`), or null. */
    static Class<?> unboxed(Class<?> c) {
        if (c == Integer.class) return int.class;
        if (c == Long.class) return long.class;
        if (c == Double.class) return double.class;
        if (c == Float.class) return float.class;
        if (c == Short.class) return short.class;
        if (c == Byte.class) return byte.class;
        if (c == Character.class) return char.class;
        if (c == Boolean.class) return boolean.class;
        return null;
    }

    /** The box class of a primitive (`int` is `Integer`). */
    static Class<?> boxed(Class<?> p) {
        if (p == int.class) return Integer.class;
        if (p == long.class) return Long.class;
        if (p == double.class) return Double.class;
        if (p == float.class) return Float.class;
        if (p == short.class) return Short.class;
        if (p == byte.class) return Byte.class;
        if (p == char.class) return Character.class;
        if (p == boolean.class) return Boolean.class;
        return Void.class;
    }

    /** JLS 5.1.2: widening primitive conversion (or identity). */
    static boolean widens(Class<?> from, Class<?> to) {
        if (from == to) return true;
        if (from == boolean.class || to == boolean.class || from == void.class || to == void.class) return false;
        String order = "BSIJFD";
        char f = MethodType.descriptor(from).charAt(0), t = MethodType.descriptor(to).charAt(0);
        if (t == 'C' || t == 'B') return false;
        if (f == 'C') return order.indexOf(t) >= 2;
        if (t == 'S') return f == 'B';
        return order.indexOf(f) < order.indexOf(t);
    }

    /** Whether `asType` can convert a value of type `from` to type `to`. */
    static boolean canConvert(Class<?> from, Class<?> to) {
        if (from == to || to == void.class) return true;
        if (from == void.class) return true;
        if (from.isPrimitive() && to.isPrimitive()) return widens(from, to);
        if (from.isPrimitive()) return to.isAssignableFrom(boxed(from));
        if (to.isPrimitive()) {
            Class<?> u = unboxed(from);
            if (u != null) return widens(u, to);
            return from.isAssignableFrom(boxed(to)) || from == Object.class || from == Number.class;
        }
        return true;
    }

    /** The box of value `v` (a box or a reference) as type `to` needs it. */
    static Object convert(Object v, Class<?> to) {
        if (to == void.class) return null;
        if (!to.isPrimitive()) {
            if (v != null && !to.isInstance(v)) {
                throw new ClassCastException("Cannot cast " + v.getClass().getName() + " to " + to.getName());
            }
            return v;
        }
        if (v == null) throw new NullPointerException();
        Class<?> from = unboxed(v.getClass());
        if (from == to) return v;
        if (!(v instanceof Number || v instanceof Character || v instanceof Boolean)) {
            // HotSpot unboxes through `Number` (and names the modules).
            String n = v.getClass().getName();
            String where = n.startsWith("java.") ? n + " and java.lang.Number are in module java.base of loader 'bootstrap'"
                : n + " is in unnamed module of loader 'app'; java.lang.Number is in module java.base of loader 'bootstrap'";
            throw new ClassCastException("class " + n + " cannot be cast to class java.lang.Number (" + where + ")");
        }
        if (from == null || !widens(from, to)) {
            throw new ClassCastException("Cannot cast " + v.getClass().getName() + " to " + boxed(to).getName());
        }
        if (to == int.class) return v instanceof Character ? (int) (Character) v : ((Number) v).intValue();
        if (to == long.class) return v instanceof Character ? (long) (Character) v : ((Number) v).longValue();
        if (to == float.class) return v instanceof Character ? (float) (Character) v : ((Number) v).floatValue();
        if (to == double.class) return v instanceof Character ? (double) (Character) v : ((Number) v).doubleValue();
        if (to == short.class) return ((Number) v).shortValue();
        return v;
    }

    /** The value a `void` result leaves for a call site of type `to`: null or zero. */
    static Object none(Class<?> to) {
        if (!to.isPrimitive() || to == void.class) return null;
        if (to == boolean.class) return false;
        if (to == char.class) return (char) 0;
        if (to == byte.class) return (byte) 0;
        if (to == short.class) return (short) 0;
        return convert(0, to);
    }

    /** The class of a descriptor's type (`I` is `int.class`), for a primitive; else null. */
    static Class<?> primitive(char d) {
        switch (d) {
            case 'Z': return boolean.class;
            case 'B': return byte.class;
            case 'C': return char.class;
            case 'S': return short.class;
            case 'I': return int.class;
            case 'J': return long.class;
            case 'F': return float.class;
            case 'D': return double.class;
            case 'V': return void.class;
            default: return null;
        }
    }
}
