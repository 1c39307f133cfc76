package java.lang;

/** A minimal `java.lang.Class` (docs/jvm.md, "Class literals"): one object per class, made by
 *  the frontend for `X.class` and `getClass()` with its Java name in `name`. Only what can be
 *  answered from the name is modelled; `isInstance`, reflection on members, class loaders and
 *  `forName` are not (calls to them are translation errors, never wrong answers). */
public final class Class<T> {
    private String name;

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
    public boolean isPrimitive() { return false; }
    /** Assertions are disabled, as under `java` without `-ea`. */
    public boolean desiredAssertionStatus() { return false; }

    public String toString() { return "class " + name; }

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
