package java.lang.reflect;

import java.lang.invoke.RootInvoker;
import java.util.ArrayList;
import java.util.List;

/** Reflection on the members of the program's own classes (docs/jvm.md, "Reflection"): the
 *  `Class` methods call these. `declared` is replaced by the frontend (reflection.rs). */
public final class RootReflect {
    private RootReflect() {}

    /** The members of class `className` as `Object[] {name, descriptor, Integer flags,
     *  invoker or getter, setter, Class[] parameter types, Class type}` (the class's own flags
     *  under the name ""), or null for a class the program does not have. */
    public static Object[] declared(String className) { return null; }

    private static final int METHOD_MODIFIERS = 0xD3F;
    private static final int FIELD_MODIFIERS = 0xDF;
    private static final int CLASS_MODIFIERS = 0xE1F;

    private static Object[] members(Class<?> c) {
        Object[] d = declared(c.getName());
        return d == null ? new Object[0] : d;
    }

    private static boolean isMethod(Object[] e) { return ((String) e[1]).startsWith("(") && !e[0].equals("<init>"); }

    private static int flags(Object[] e) { return (Integer) e[2]; }

    public static int classModifiers(Class<?> c) {
        for (Object o : members(c)) {
            Object[] e = (Object[]) o;
            if (e[0].equals("")) return flags(e) & CLASS_MODIFIERS;
        }
        return c.isInterface() ? Modifier.PUBLIC | Modifier.ABSTRACT | Modifier.INTERFACE : Modifier.PUBLIC;
    }

    private static Method method(Class<?> c, Object[] e) {
        return new Method(c, (String) e[0], flags(e) & METHOD_MODIFIERS, (Class<?>[]) e[5], (Class<?>) e[6], (RootInvoker) e[3]);
    }

    /** The declared methods (`publicOnly`: the public ones of the class, its superclasses and
     *  interfaces in the program). */
    public static Method[] methods(Class<?> c, boolean publicOnly) {
        List<Method> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Class<?> k = c; k != null; k = publicOnly ? k.getSuperclass() : null) {
            addMethods(k, publicOnly, out, seen);
            if (publicOnly) for (Class<?> i : k.getInterfaces()) addMethods(i, true, out, seen);
        }
        return out.toArray(new Method[0]);
    }

    private static void addMethods(Class<?> k, boolean publicOnly, List<Method> out, List<String> seen) {
        for (Object o : members(k)) {
            Object[] e = (Object[]) o;
            if (!isMethod(e) || (publicOnly && (flags(e) & Modifier.PUBLIC) == 0)) continue;
            String key = e[0] + "" + e[1];
            if (seen.contains(key)) continue;
            seen.add(key);
            out.add(method(k, e));
        }
    }

    public static Method method(Class<?> c, String name, Class<?>[] types, boolean publicOnly) throws NoSuchMethodException {
        for (Method m : methods(c, publicOnly)) {
            if (m.getName().equals(name) && sameTypes(m.getParameterTypes(), types)) return m;
        }
        throw new NoSuchMethodException(c.getName() + "." + name + typeNames(types));
    }

    static boolean sameTypes(Class<?>[] a, Class<?>[] b) {
        if (b == null) b = new Class<?>[0];
        if (a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }

    private static String typeNames(Class<?>[] types) {
        StringBuilder sb = new StringBuilder("(");
        if (types != null) {
            for (int i = 0; i < types.length; i++) {
                if (i > 0) sb.append(',');
                sb.append(types[i] == null ? "null" : types[i].getName());
            }
        }
        return sb.append(')').toString();
    }

    public static Field[] fields(Class<?> c, boolean publicOnly) {
        List<Field> out = new ArrayList<>();
        for (Class<?> k = c; k != null; k = publicOnly ? k.getSuperclass() : null) {
            for (Object o : members(k)) {
                Object[] e = (Object[]) o;
                if (e[0].equals("") || ((String) e[1]).startsWith("(")) continue;
                if (publicOnly && (flags(e) & Modifier.PUBLIC) == 0) continue;
                out.add(new Field(k, (String) e[0], flags(e) & FIELD_MODIFIERS, (Class<?>) e[6], (RootInvoker) e[3], (RootInvoker) e[4]));
            }
        }
        return out.toArray(new Field[0]);
    }

    public static Field field(Class<?> c, String name, boolean publicOnly) throws NoSuchFieldException {
        for (Field f : fields(c, publicOnly)) if (f.getName().equals(name)) return f;
        throw new NoSuchFieldException(name);
    }

    @SuppressWarnings("unchecked")
    public static <T> Constructor<T>[] constructors(Class<T> c, boolean publicOnly) {
        List<Constructor<T>> out = new ArrayList<>();
        for (Object o : members(c)) {
            Object[] e = (Object[]) o;
            if (!e[0].equals("<init>") || (publicOnly && (flags(e) & Modifier.PUBLIC) == 0)) continue;
            out.add(new Constructor<T>(c, flags(e) & METHOD_MODIFIERS, (Class<?>[]) e[5], (RootInvoker) e[3]));
        }
        return out.toArray(new Constructor[0]);
    }

    public static <T> Constructor<T> constructor(Class<T> c, Class<?>[] types, boolean publicOnly) throws NoSuchMethodException {
        for (Constructor<T> k : constructors(c, publicOnly)) {
            if (sameTypes(k.getParameterTypes(), types)) return k;
        }
        throw new NoSuchMethodException(c.getName() + ".<init>" + typeNames(types));
    }

    /** `invoker.call(args)`, an exception of the member wrapped as the JDK wraps it. */
    static Object call(RootInvoker invoker, Object[] args) throws InvocationTargetException {
        try {
            return invoker.call(args);
        } catch (Throwable t) {
            throw new InvocationTargetException(t);
        }
    }

    static String typeList(Class<?>[] types) {
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < types.length; i++) {
            if (i > 0) sb.append(',');
            sb.append(types[i].getTypeName());
        }
        return sb.append(')').toString();
    }

    static String prefix(int modifiers) {
        String m = Modifier.toString(modifiers);
        return m.isEmpty() ? "" : m + " ";
    }

    // `Class`'s reflection methods: a call `c.getDeclaredMethods()` is a call of
    // `RootReflect.getDeclaredMethods(c)` (libcalls.rs), so that programs without reflection do
    // not carry these classes.

    public static int getModifiers(Class<?> c) { return classModifiers(c); }
    public static Method[] getDeclaredMethods(Class<?> c) { return methods(c, false); }
    public static Method[] getMethods(Class<?> c) { return methods(c, true); }

    public static Method getDeclaredMethod(Class<?> c, String name, Class<?>... types) throws NoSuchMethodException {
        return method(c, name, types, false);
    }

    public static Method getMethod(Class<?> c, String name, Class<?>... types) throws NoSuchMethodException {
        return method(c, name, types, true);
    }

    public static Field[] getDeclaredFields(Class<?> c) { return fields(c, false); }
    public static Field[] getFields(Class<?> c) { return fields(c, true); }
    public static Field getDeclaredField(Class<?> c, String name) throws NoSuchFieldException { return field(c, name, false); }
    public static Field getField(Class<?> c, String name) throws NoSuchFieldException { return field(c, name, true); }
    public static Constructor<?>[] getDeclaredConstructors(Class<?> c) { return constructors(c, false); }
    public static Constructor<?>[] getConstructors(Class<?> c) { return constructors(c, true); }

    public static <T> Constructor<T> getDeclaredConstructor(Class<T> c, Class<?>... types) throws NoSuchMethodException {
        return constructor(c, types, false);
    }

    public static <T> Constructor<T> getConstructor(Class<T> c, Class<?>... types) throws NoSuchMethodException {
        return constructor(c, types, true);
    }

    /** `Class.isAnnotation()`: whether the class file says `ACC_ANNOTATION`. */
    public static boolean isAnnotation(Class<?> c) {
        for (Object o : members(c)) {
            Object[] e = (Object[]) o;
            if (e[0].equals("")) return (flags(e) & 0x2000) != 0;
        }
        return false;
    }

    /** `Class.newInstance()` (deprecated): an instance by the no-argument constructor, whose
     *  exception passes through unwrapped; without one an `InstantiationException`. */
    public static Object newInstance(Class<?> c) throws InstantiationException, IllegalAccessException {
        Constructor<?> k;
        try {
            k = constructor(c, new Class<?>[0], false);
        } catch (NoSuchMethodException e) {
            InstantiationException x = new InstantiationException(c.getName());
            x.initCause(e);
            throw x;
        }
        try {
            return k.newInstance();
        } catch (InvocationTargetException e) {
            throw RootReflect.<RuntimeException>unchecked(e.getCause());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T unchecked(Throwable t) throws T {
        throw (T) t;
    }
}
