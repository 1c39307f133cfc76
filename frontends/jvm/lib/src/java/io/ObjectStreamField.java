package java.io;

import java.lang.invoke.RootInvoker;

/** A serializable field: its name, type code (`I`, `L`, `[`, ...) and, for a reference, its
 *  type signature (`Ljava/lang/String;`); a local class's field also has its getter and
 *  setter (RootReflect's invokers). Sorted as the specification says: primitives first, then
 *  by name. */
public class ObjectStreamField implements Comparable<Object> {
    private final String name;
    private final String signature;
    private final Class<?> type;
    private final boolean unshared;
    RootInvoker getter;
    RootInvoker setter;

    public ObjectStreamField(String name, Class<?> type) { this(name, type, false); }

    public ObjectStreamField(String name, Class<?> type, boolean unshared) {
        if (name == null) throw new NullPointerException();
        this.name = name;
        this.type = type;
        this.unshared = unshared;
        this.signature = signatureOf(type);
    }

    /** A field read from a stream: `signature` is `I` ... or a type string. */
    ObjectStreamField(String name, String signature, boolean unshared) {
        this.name = name;
        this.signature = signature;
        this.unshared = unshared;
        this.type = null;
    }

    /** The JVM descriptor of class `c` (`I`, `Ljava/lang/String;`, `[I`). */
    static String signatureOf(Class<?> c) {
        if (c.isArray()) return c.getName().replace('.', '/');
        if (c.isPrimitive()) {
            switch (c.getName()) {
                case "int": return "I";
                case "long": return "J";
                case "boolean": return "Z";
                case "byte": return "B";
                case "char": return "C";
                case "short": return "S";
                case "float": return "F";
                case "double": return "D";
                default: return "V";
            }
        }
        return "L" + c.getName().replace('.', '/') + ";";
    }

    public String getName() { return name; }
    public Class<?> getType() { return type; }
    public char getTypeCode() { return signature.charAt(0); }
    public String getTypeString() { return isPrimitive() ? null : signature; }
    public boolean isPrimitive() {
        char t = signature.charAt(0);
        return t != 'L' && t != '[';
    }
    public boolean isUnshared() { return unshared; }

    /** The number of bytes of a primitive field's value in the stream. */
    int size() {
        switch (getTypeCode()) {
            case 'Z': case 'B': return 1;
            case 'C': case 'S': return 2;
            case 'I': case 'F': return 4;
            case 'J': case 'D': return 8;
            default: return 0;
        }
    }

    public int compareTo(Object obj) {
        ObjectStreamField other = (ObjectStreamField) obj;
        boolean isPrim = isPrimitive();
        if (isPrim != other.isPrimitive()) return isPrim ? -1 : 1;
        return name.compareTo(other.name);
    }

    public String toString() { return signature + ' ' + name; }
}
