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

    public boolean isPrimitive() { return false; }
    /** Assertions are disabled, as under `java` without `-ea`. */
    public boolean desiredAssertionStatus() { return false; }

    public String toString() { return (isInterface ? "interface " : "class ") + name; }

    private static String simple(String n) {
        int cut = Math.max(n.lastIndexOf('.'), n.lastIndexOf('$'));
        return n.substring(cut + 1);
    }

    private static String component(String desc) {
        if (desc.startsWith("[")) return component(desc.substring(1)) + "[]";
        if (desc.startsWith("L")) return simple(desc.substring(1, desc.length() - 1));
        return primitive(desc.charAt(0));
    }

    private static String componentTypeName(String desc) {
        if (desc.startsWith("[")) return componentTypeName(desc.substring(1)) + "[]";
        if (desc.startsWith("L")) return desc.substring(1, desc.length() - 1);
        return primitive(desc.charAt(0));
    }

    private static String primitive(char c) {
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
}
