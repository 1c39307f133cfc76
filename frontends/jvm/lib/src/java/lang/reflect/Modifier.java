package java.lang.reflect;

/** The JVM's access flags and their names, as the JDK's `Modifier`. */
public class Modifier {
    public static final int PUBLIC = 0x001, PRIVATE = 0x002, PROTECTED = 0x004, STATIC = 0x008, FINAL = 0x010,
        SYNCHRONIZED = 0x020, VOLATILE = 0x040, TRANSIENT = 0x080, NATIVE = 0x100, INTERFACE = 0x200,
        ABSTRACT = 0x400, STRICT = 0x800;

    public static boolean isPublic(int m) { return (m & PUBLIC) != 0; }
    public static boolean isPrivate(int m) { return (m & PRIVATE) != 0; }
    public static boolean isProtected(int m) { return (m & PROTECTED) != 0; }
    public static boolean isStatic(int m) { return (m & STATIC) != 0; }
    public static boolean isFinal(int m) { return (m & FINAL) != 0; }
    public static boolean isSynchronized(int m) { return (m & SYNCHRONIZED) != 0; }
    public static boolean isVolatile(int m) { return (m & VOLATILE) != 0; }
    public static boolean isTransient(int m) { return (m & TRANSIENT) != 0; }
    public static boolean isNative(int m) { return (m & NATIVE) != 0; }
    public static boolean isInterface(int m) { return (m & INTERFACE) != 0; }
    public static boolean isAbstract(int m) { return (m & ABSTRACT) != 0; }
    public static boolean isStrict(int m) { return (m & STRICT) != 0; }

    /** The names in the JDK's order: `public protected private abstract static final transient
     *  volatile synchronized native strictfp interface`. */
    public static String toString(int m) {
        StringBuilder sb = new StringBuilder();
        int[] bits = {PUBLIC, PROTECTED, PRIVATE, ABSTRACT, STATIC, FINAL, TRANSIENT, VOLATILE, SYNCHRONIZED, NATIVE, STRICT,
            INTERFACE};
        String[] names = {"public", "protected", "private", "abstract", "static", "final", "transient", "volatile",
            "synchronized", "native", "strictfp", "interface"};
        for (int i = 0; i < bits.length; i++) {
            if ((m & bits[i]) != 0) {
                if (sb.length() > 0) sb.append(' ');
                sb.append(names[i]);
            }
        }
        return sb.toString();
    }
}
