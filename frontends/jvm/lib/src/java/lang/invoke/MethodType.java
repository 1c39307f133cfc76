package java.lang.invoke;

import java.util.List;

/** A method type: a return type and parameter types (`Class` objects; primitives are
 *  `int.class`, that is `Integer.TYPE`, ...). Printed as HotSpot prints it, `(int,String)void`. */
public final class MethodType {
    private final Class<?> rtype;
    private final Class<?>[] ptypes;

    private MethodType(Class<?> rtype, Class<?>[] ptypes) {
        if (rtype == null) throw new NullPointerException();
        for (Class<?> p : ptypes) {
            if (p == null) throw new NullPointerException();
            if (p == void.class) throw new IllegalArgumentException("parameter type cannot be void");
        }
        this.rtype = rtype;
        this.ptypes = ptypes;
    }

    public static MethodType methodType(Class<?> rtype) { return new MethodType(rtype, new Class<?>[0]); }

    public static MethodType methodType(Class<?> rtype, Class<?> ptype0) {
        return new MethodType(rtype, new Class<?>[] {ptype0});
    }

    public static MethodType methodType(Class<?> rtype, Class<?> ptype0, Class<?>... ptypes) {
        Class<?>[] all = new Class<?>[ptypes.length + 1];
        all[0] = ptype0;
        for (int i = 0; i < ptypes.length; i++) all[i + 1] = ptypes[i];
        return new MethodType(rtype, all);
    }

    public static MethodType methodType(Class<?> rtype, Class<?>[] ptypes) { return new MethodType(rtype, ptypes.clone()); }

    public static MethodType methodType(Class<?> rtype, List<Class<?>> ptypes) {
        return new MethodType(rtype, ptypes.toArray(new Class<?>[0]));
    }

    public static MethodType methodType(Class<?> rtype, MethodType ptypes) { return new MethodType(rtype, ptypes.ptypes); }

    public static MethodType genericMethodType(int count) {
        Class<?>[] all = new Class<?>[count];
        for (int i = 0; i < count; i++) all[i] = Object.class;
        return new MethodType(Object.class, all);
    }

    public Class<?> returnType() { return rtype; }
    public int parameterCount() { return ptypes.length; }
    public Class<?> parameterType(int i) { return ptypes[i]; }
    public Class<?>[] parameterArray() { return ptypes.clone(); }
    public List<Class<?>> parameterList() { return List.of(ptypes); }

    public MethodType changeReturnType(Class<?> r) { return new MethodType(r, ptypes); }

    public MethodType insertParameterTypes(int at, Class<?>... more) {
        Class<?>[] all = new Class<?>[ptypes.length + more.length];
        for (int i = 0; i < at; i++) all[i] = ptypes[i];
        for (int i = 0; i < more.length; i++) all[at + i] = more[i];
        for (int i = at; i < ptypes.length; i++) all[more.length + i] = ptypes[i];
        return new MethodType(rtype, all);
    }

    public MethodType dropParameterTypes(int start, int end) {
        Class<?>[] all = new Class<?>[ptypes.length - (end - start)];
        int k = 0;
        for (int i = 0; i < ptypes.length; i++) if (i < start || i >= end) all[k++] = ptypes[i];
        return new MethodType(rtype, all);
    }

    public MethodType changeParameterType(int i, Class<?> t) {
        Class<?>[] all = ptypes.clone();
        all[i] = t;
        return new MethodType(rtype, all);
    }

    public MethodType appendParameterTypes(Class<?>... more) { return insertParameterTypes(ptypes.length, more); }

    public MethodType appendParameterTypes(List<Class<?>> more) { return appendParameterTypes(more.toArray(new Class<?>[0])); }

    public MethodType insertParameterTypes(int at, List<Class<?>> more) {
        return insertParameterTypes(at, more.toArray(new Class<?>[0]));
    }

    public Class<?> lastParameterType() { return ptypes.length == 0 ? void.class : ptypes[ptypes.length - 1]; }

    public boolean hasPrimitives() {
        if (rtype.isPrimitive()) return true;
        for (Class<?> p : ptypes) if (p.isPrimitive()) return true;
        return false;
    }

    public boolean hasWrappers() { return unwrap() != this; }

    /** Every primitive type replaced by its box (`void` by `Void`). */
    public MethodType wrap() { return map(1); }

    /** Every box type replaced by its primitive. */
    public MethodType unwrap() { return map(2); }

    /** Every reference type replaced by `Object`. */
    public MethodType erase() { return map(3); }

    /** Every type replaced by `Object`. */
    public MethodType generic() { return genericMethodType(ptypes.length); }

    private MethodType map(int how) {
        Class<?>[] all = new Class<?>[ptypes.length];
        boolean changed = false;
        for (int i = 0; i < all.length; i++) {
            all[i] = mapped(ptypes[i], how);
            changed |= all[i] != ptypes[i];
        }
        Class<?> r = mapped(rtype, how);
        return changed || r != rtype ? new MethodType(r, all) : this;
    }

    private static Class<?> mapped(Class<?> c, int how) {
        if (how == 1) return c.isPrimitive() ? RootConvert.boxed(c) : c;
        if (how == 2) {
            if (c == Void.class) return void.class;
            Class<?> u = RootConvert.unboxed(c);
            return u == null ? c : u;
        }
        return c.isPrimitive() ? c : Object.class;
    }

    /** `(I[Ljava/lang/String;)V`. */
    public String toMethodDescriptorString() {
        StringBuilder sb = new StringBuilder("(");
        for (Class<?> p : ptypes) sb.append(descriptor(p));
        return sb.append(')').append(descriptor(rtype)).toString();
    }

    public String descriptorString() { return toMethodDescriptorString(); }

    static String descriptor(Class<?> c) {
        String n = c.getName();
        if (c.isPrimitive()) {
            switch (n) {
                case "boolean": return "Z";
                case "byte": return "B";
                case "char": return "C";
                case "short": return "S";
                case "int": return "I";
                case "long": return "J";
                case "float": return "F";
                case "double": return "D";
                default: return "V";
            }
        }
        if (n.startsWith("[")) return n.replace('.', '/');
        return "L" + n.replace('.', '/') + ";";
    }

    /** A method descriptor as `toString` prints a method type: `(II)Ljava/lang/String;` is
     *  `(int,int)String` (a call site's type in WrongMethodTypeException's messages). */
    static String readable(String desc) {
        StringBuilder sb = new StringBuilder("(");
        int i = 1;
        boolean first = true;
        while (i < desc.length()) {
            char c = desc.charAt(i);
            if (c == ')') {
                sb.append(')');
                i++;
                first = true;
                continue;
            }
            int dims = 0;
            while (desc.charAt(i) == '[') {
                dims++;
                i++;
            }
            String name;
            if (desc.charAt(i) == 'L') {
                int end = desc.indexOf(';', i);
                String full = desc.substring(i + 1, end);
                name = full.substring(Math.max(full.lastIndexOf('/'), full.lastIndexOf('$')) + 1);
                i = end + 1;
            } else {
                name = Class.$primitiveName(desc.charAt(i));
                i++;
            }
            if (!first && sb.charAt(sb.length() - 1) != ')') sb.append(',');
            first = false;
            sb.append(name);
            for (int d = 0; d < dims; d++) sb.append("[]");
        }
        return sb.toString();
    }

    public String toString() {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < ptypes.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(ptypes[i].getSimpleName());
        }
        return sb.append(')').append(rtype.getSimpleName()).toString();
    }

    public boolean equals(Object o) {
        return o instanceof MethodType && toMethodDescriptorString().equals(((MethodType) o).toMethodDescriptorString());
    }

    public int hashCode() { return toMethodDescriptorString().hashCode(); }
}
