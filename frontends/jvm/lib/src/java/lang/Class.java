package java.lang;

/** A minimal `java.lang.Class` (docs/jvm.md, "Class literals"): one object per class, made by
 *  the frontend for `X.class`, `getClass()` and `forName` with its Java name in `name`, its
 *  superclass's and direct interfaces' objects and whether it is an interface (reflect.rs).
 *  The type tests walk those; reflection on members, annotations and class loaders are not
 *  modelled (calls to them are translation errors, never wrong answers). */
public final class Class<T> {
    private String name;
    private Class<?> superclass;
    private Class<?>[] interfaces;
    private boolean isInterface;

    private Class() {}

    /** Declared for the library's own callers: the frontend translates every call of
     *  `Class.forName(String)` itself (reflect.rs, `for_name`), so this body never runs. */
    public static Class<?> forName(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    /** `pkg.Outer$Inner`, or `[Ljava.lang.String;` for an array class. */
    public String getName() { return name; }

    /** The part after the package and the enclosing classes; `String[]` for an array. */
    public String getSimpleName() {
        if (isArray()) return component(name.substring(1)) + "[]";
        return simple(name);
    }

    /** `pkg.Outer$Inner`, `java.lang.String[]` for an array. */
    public String getTypeName() {
        if (isArray()) return componentTypeName(name.substring(1)) + "[]";
        return name;
    }

    public String getPackageName() {
        String n = name;
        while (n.startsWith("[")) n = n.substring(1);
        if (n.startsWith("L")) n = n.substring(1);
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(0, dot);
    }

    public boolean isArray() { return name.startsWith("["); }
    public boolean isInterface() { return isInterface; }
    public boolean isEnum() { return superclass != null && superclass.name.equals("java.lang.Enum"); }

    /** The superclass: null for `Object`, an interface or a primitive; `Object` for an array. */
    public Class<? super T> getSuperclass() {
        if (isArray()) return (Class<? super T>) (Class<?>) Object.class;
        return (Class<? super T>) superclass;
    }

    /** The interfaces the class declares, in declaration order. */
    public Class<?>[] getInterfaces() {
        if (interfaces == null) return new Class<?>[0];
        Class<?>[] copy = new Class<?>[interfaces.length];
        for (int i = 0; i < copy.length; i++) copy[i] = interfaces[i];
        return copy;
    }

    /** Whether a value of class `c` is a value of this class: this class, or a superclass or
     *  an interface of `c`'s (transitively); everything is an `Object`. */
    public boolean isAssignableFrom(Class<?> c) {
        if (c == null) throw new NullPointerException();
        if (c.componentType != null || componentType != null) return c == this || arrayAssignable(c);
        if (c == this || (name.equals("java.lang.Object") && !c.isPrimitive())) return true;
        if (c.superclass != null && isAssignableFrom(c.superclass)) return true;
        if (c.interfaces != null) {
            for (Class<?> i : c.interfaces) if (isAssignableFrom(i)) return true;
        }
        return false;
    }

    public boolean isInstance(Object o) { return o != null && isAssignableFrom(o.getClass()); }

    public T cast(Object o) {
        if (o != null && !isInstance(o)) {
            throw new ClassCastException("Cannot cast " + o.getClass().getName() + " to " + name);
        }
        return (T) o;
    }

    /** Assertions are disabled, as under `java` without `-ea`. */
    public boolean desiredAssertionStatus() { return false; }

    public String toString() { return (isPrimitive() ? "" : isInterface ? "interface " : "class ") + name; }

    /** The name after the package and the enclosing classes; javac's `Outer$1Local` is a
     *  local class `Local`, and `Outer$1` an anonymous one (empty name). */
    private static String simple(String n) {
        int cut = Math.max(n.lastIndexOf('.'), n.lastIndexOf('$'));
        int start = cut + 1;
        if (n.lastIndexOf('$') == cut) {
            while (start < n.length() && Character.isDigit(n.charAt(start))) start++;
        }
        return n.substring(start);
    }

    private static String component(String desc) {
        if (desc.startsWith("[")) return component(desc.substring(1)) + "[]";
        if (desc.startsWith("L")) return simple(desc.substring(1, desc.length() - 1));
        return $primitiveName(desc.charAt(0));
    }

    private static String componentTypeName(String desc) {
        if (desc.startsWith("[")) return componentTypeName(desc.substring(1)) + "[]";
        if (desc.startsWith("L")) return desc.substring(1, desc.length() - 1);
        return $primitiveName(desc.charAt(0));
    }

    /** The name of the primitive type of descriptor letter `c` (`I` → `int`, `void` for
     *  another letter): also `MethodType`'s. */
    public static String $primitiveName(char c) {
        switch (c) {
            case 'Z': return "boolean";
            case 'B': return "byte";
            case 'C': return "char";
            case 'S': return "short";
            case 'I': return "int";
            case 'J': return "long";
            case 'F': return "float";
            case 'D': return "double";
            default: return "void";
        }
    }

    // Array classes (docs/jvm.md, "Arrays and their types"; arrays.rs, reflect.rs): every
    // array carries its class object (a VM array class tag); `int` & co are primitive classes.
    private Class<?> componentType;
    private Class<?> arrayType;

    /** `int`, `boolean`, ... (the frontend makes these objects for array components). */
    public boolean isPrimitive() { return primitiveLetter() != 0; }

    /** The class of the elements of an array class, else null. */
    public Class<?> getComponentType() { return componentType; }

    /** The class of arrays of `c`: one object per component class (the frontend's literal of
     *  an array class and `Array.newInstance` both come here). */
    static Class<?> $arrayOf(Class<?> c) {
        Class<?> a = c.arrayType;
        if (a == null) {
            a = new Class<>();
            a.name = "[" + c.descriptor();
            a.componentType = c;
            c.arrayType = a;
        }
        return a;
    }

    /** Whether array class `c` (or this array class) is assignable to this class: arrays are
     *  `Object`s, `Cloneable` and `Serializable`; `S[]` is a `T[]` when `S` is a `T` and
     *  neither is primitive. */
    private boolean arrayAssignable(Class<?> c) {
        if (c.componentType == null) return false;
        if (componentType == null) {
            return name.equals("java.lang.Object") || name.equals("java.lang.Cloneable") || name.equals("java.io.Serializable");
        }
        Class<?> u = c.componentType;
        if (u == componentType) return true;
        if (u.isPrimitive() || componentType.isPrimitive()) return false;
        return componentType.isAssignableFrom(u);
    }

    /** The `ClassCastException` of a failed `checkcast` of an object of class `from` to
     *  class `to`, worded as HotSpot words it. */
    static ClassCastException $castFailed(Class<?> from, Class<?> to) {
        String a = from.name, b = to.name, ma = from.module(), mb = to.module();
        String where = ma.equals(mb) ? a + " and " + b + " are in " + ma : a + " is in " + ma + "; " + b + " is in " + mb;
        return new ClassCastException("class " + a + " cannot be cast to class " + b + " (" + where + ")");
    }

    /** `aastore` of non-null `v` into an array of class `array` whose component is not
     *  `Object`: the `ArrayStoreException` naming `v`'s class when `v` is not a component
     *  (the frontend throws it), else null. */
    static ArrayStoreException $storeError(Class<?> array, Object v) {
        Class<?> e = array.componentType;
        if (e == null) return null;
        Class<?> c = v.getClass();
        return c == e || e.isAssignableFrom(c) ? null : new ArrayStoreException(c.name);
    }

    /** What HotSpot names as the module and loader of this class. */
    private String module() {
        Class<?> e = this;
        while (e.componentType != null) e = e.componentType;
        boolean base = e.isPrimitive() || e.name.startsWith("java.");
        return base ? "module java.base of loader 'bootstrap'" : "unnamed module of loader 'app'";
    }

    /** The field descriptor of this class (`I`, `Ljava.lang.String;`, `[I`), dotted. */
    private String descriptor() {
        if (isArray()) return name;
        char p = primitiveLetter();
        return p != 0 ? String.valueOf(p) : "L" + name + ";";
    }

    private char primitiveLetter() {
        if (componentType != null || name.indexOf('.') >= 0) return 0;
        String letters = "ZBCSIJFDV";
        for (int i = 0; i < letters.length(); i++) {
            if ($primitiveName(letters.charAt(i)).equals(name)) return letters.charAt(i);
        }
        return 0;
    }

    /** `java.lang.reflect.Array.newInstance(c, n)`: a zeroed array of `n` elements of class `c`. */
    public static Object $newArray(Class<?> c, int n) {
        if (c == null) throw new NullPointerException();
        if (c.isPrimitive()) {
            switch (c.primitiveLetter()) {
                case 'Z': return new boolean[n];
                case 'B': return new byte[n];
                case 'C': return new char[n];
                case 'S': return new short[n];
                case 'I': return new int[n];
                case 'J': return new long[n];
                case 'F': return new float[n];
                case 'D': return new double[n];
                default: throw new IllegalArgumentException();
            }
        }
        Object[] a = new Object[n];
        RootNative.arraySetClass(a, $arrayOf(c));
        return a;
    }

    /** The constants of an enum class (a new array each time), null for another class. */
    public T[] getEnumConstants() { return (T[]) RootNative.enumValues(this); }

    /** `System.arraycopy(src, sp, dst, dp, n)` when `std.java_array_copy` did not copy (two
     *  classes, an untagged array, a bad range: arrays.rs `$arraycopy`): null when the checks pass and the caller is to
     *  copy all `n` elements, else the exception the caller throws, worded as HotSpot words it
     *  (`NullPointerException`, `ArrayStoreException` of a non-array or of a type mismatch,
     *  `ArrayIndexOutOfBoundsException` and, for reference arrays, after copying the elements
     *  before the first that does not fit, the element type mismatch). */
    static RuntimeException $arraycopy(Object src, int sp, Object dst, int dp, int n) {
        if (src == null || dst == null) return new NullPointerException();
        Class<?> s = src.getClass(), d = dst.getClass();
        Class<?> se = s.componentType, de = d.componentType;
        if (se == null) return copyError("source type " + s.name + " is not an array");
        if (de == null) return copyError("destination type " + d.name + " is not an array");
        if (se.isPrimitive() || de.isPrimitive()) {
            if (se != de) return copyError("type mismatch: can not copy " + elements(se) + "[] into " + elements(de) + "[]");
            char k = se.primitiveLetter();
            return bounds(sp, dp, n, length(src, k), length(dst, k), se.name);
        }
        Object[] a = (Object[]) src, b = (Object[]) dst;
        RuntimeException bounds = bounds(sp, dp, n, a.length, b.length, "object array");
        if (bounds != null || de.isAssignableFrom(se)) return bounds;
        for (int i = 0; i < n; i++) {
            Object v = a[sp + i];
            if (v != null && !de.isAssignableFrom(v.getClass())) {
                for (int j = 0; j < i; j++) b[dp + j] = a[sp + j];
                if (!se.isAssignableFrom(de)) {
                    return copyError("type mismatch: can not copy " + se.name + "[] into " + de.name + "[]");
                }
                return copyError("element type mismatch: can not cast one of the elements of " + se.name
                        + "[] to the type of the destination array, " + de.name);
            }
        }
        return null;
    }

    /** HotSpot's name of arrays of component `c` in `arraycopy` messages. */
    private static String elements(Class<?> c) { return c.isPrimitive() ? c.name : "object array"; }

    private static ArrayStoreException copyError(String what) { return new ArrayStoreException("arraycopy: " + what); }

    /** The length of array `a` of primitive type letter `k`. */
    private static int length(Object a, char k) {
        switch (k) {
            case 'Z': return ((boolean[]) a).length;
            case 'B': return ((byte[]) a).length;
            case 'C': return ((char[]) a).length;
            case 'S': return ((short[]) a).length;
            case 'I': return ((int[]) a).length;
            case 'J': return ((long[]) a).length;
            case 'F': return ((float[]) a).length;
            default: return ((double[]) a).length;
        }
    }

    /** The `ArrayIndexOutOfBoundsException` of copying `n` elements from index `sp` of an
     *  array of `sn` elements to index `dp` of one of `dn` (HotSpot names the arrays `what[N]`),
     *  else null. */
    private static RuntimeException bounds(int sp, int dp, int n, int sn, int dn, String what) {
        String why = null;
        if (sp < 0) why = "source index " + sp + " out of bounds for " + what + "[" + sn + "]";
        else if (dp < 0) why = "destination index " + dp + " out of bounds for " + what + "[" + dn + "]";
        else if (n < 0) why = "length " + n + " is negative";
        else if ((long) sp + n > sn) why = "last source index " + ((long) sp + n) + " out of bounds for " + what + "[" + sn + "]";
        else if ((long) dp + n > dn) why = "last destination index " + ((long) dp + n) + " out of bounds for " + what + "[" + dn + "]";
        return why == null ? null : new ArrayIndexOutOfBoundsException("arraycopy: " + why);
    }
}
