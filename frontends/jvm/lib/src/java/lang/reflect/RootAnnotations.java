package java.lang.reflect;

import java.lang.annotation.Annotation;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.RootAnnotation;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;

/** Annotations of the program's classes and members (docs/jvm.md, "Annotations"). A call of an
 *  annotation method of `Class`, `Method`, `Field` or `Constructor` (`x.getAnnotation(A.class)`)
 *  is a call of the static method of the same name here with the receiver first (libcalls.rs),
 *  so that only programs asking for annotations carry these classes. `table` is replaced by the
 *  frontend (annotations.rs); its result is kept per class. */
public final class RootAnnotations {
    private RootAnnotations() {}

    /** The meta-annotation interfaces (and their enums) and `java.lang`'s annotations a
     *  program reflecting on annotations sees, as HotSpot shows `@Retention(RUNTIME)` on an
     *  annotation interface: named here, the library gives them to such a program only
     *  (library.rs). Never called. */
    static Class<?>[] meta() {
        return new Class<?>[] {
            Retention.class, RetentionPolicy.class, Target.class, ElementType.class, Documented.class, Inherited.class,
            Repeatable.class, Deprecated.class, FunctionalInterface.class, SafeVarargs.class
        };
    }

    /** The annotated members of class `className` as `Object[] {String key, Annotation[]
     *  annotations, Annotation[][] parameter annotations or null, Object default value or
     *  null}` (key: "" for the class, a field's name, a method's name and descriptor), or null
     *  for a class without annotations. */
    static Object[] table(String className) { return null; }

    /** The tables asked for so far, by class name (made on first use: the methods here are
     *  called without a class initialisation). */
    private static HashMap<String, Object[]> tables;

    private static Object[] entry(Class<?> c, String key) {
        if (tables == null) tables = new HashMap<>();
        String name = c.getName();
        Object[] t = tables.get(name);
        if (t == null) {
            t = table(name);
            if (t == null) t = new Object[0];
            tables.put(name, t);
        }
        for (Object o : t) {
            Object[] e = (Object[]) o;
            if (e[0].equals(key)) return e;
        }
        return null;
    }

    /** The annotations declared on member `key` of `c` (a fresh array). */
    static Annotation[] declared(Class<?> c, String key) {
        Object[] e = entry(c, key);
        return e == null ? new Annotation[0] : ((Annotation[]) e[1]).clone();
    }

    /** The parameter annotations of method `key` of `c`, which has `count` parameters. */
    static Annotation[][] parameters(Class<?> c, String key, int count) {
        Object[] e = entry(c, key);
        Annotation[][] p = e == null ? null : (Annotation[][]) e[2];
        if (p == null) return new Annotation[count][0];
        // javac leaves out the synthetic leading parameters (an inner class's outer instance,
        // an enum's name and ordinal): as HotSpot, they have none.
        int skip = Math.max(0, count - p.length);
        Annotation[][] out = new Annotation[skip + p.length][];
        for (int i = 0; i < skip; i++) out[i] = new Annotation[0];
        for (int i = 0; i < p.length; i++) out[skip + i] = p[i].clone();
        return out;
    }

    /** The default value of annotation element `key` of `c`, of type `type` (null if none). */
    static Object defaultValue(Class<?> c, String key, Class<?> type) {
        Object[] e = entry(c, key);
        Object v = e == null ? null : e[3];
        return v instanceof Object[] ? RootAnnotation.$typed((Object[]) v, type) : v;
    }

    @SuppressWarnings("unchecked")
    static <A extends Annotation> A find(Annotation[] as, Class<A> type) {
        if (type == null) throw new NullPointerException();
        for (Annotation a : as) if (a.annotationType() == type) return (A) a;
        return null;
    }

    /** The annotations of type `type` in `as`, directly or inside its container (`@Repeatable`). */
    @SuppressWarnings("unchecked")
    static <A extends Annotation> A[] byType(Annotation[] as, Class<A> type) {
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : as) if (a.annotationType() == type) out.add(a);
        Repeatable r = getAnnotation((Object) type, Repeatable.class);
        if (r != null) {
            Annotation container = find(as, r.value());
            if (container instanceof RootAnnotation) {
                Object inner = ((RootAnnotation) container).$element("value");
                if (inner instanceof Object[]) for (Object a : (Object[]) inner) out.add((Annotation) a);
            }
        }
        A[] result = (A[]) Array.newInstance(type, out.size());
        for (int i = 0; i < result.length; i++) result[i] = (A) out.get(i);
        return result;
    }

    private static boolean inherited(Class<? extends Annotation> type) { return isAnnotationPresent((Object) type, Inherited.class); }

    /** A class's annotations: its superclass's `@Inherited` ones, then its own. */
    static Annotation[] ofClass(Class<?> c) {
        Annotation[] own = declared(c, "");
        Class<?> sup = c.getSuperclass();
        if (sup == null) return own;
        List<Annotation> out = new ArrayList<>();
        for (Annotation a : ofClass(sup)) if (inherited(a.annotationType())) out.add(a);
        for (Annotation a : own) {
            boolean replaced = false;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).annotationType() == a.annotationType()) {
                    out.set(i, a);
                    replaced = true;
                }
            }
            if (!replaced) out.add(a);
        }
        return out.toArray(new Annotation[0]);
    }

    /** `Class.getAnnotationsByType`: the class's own, else (for an `@Inherited` type) its
     *  superclass's. */
    static <A extends Annotation> A[] classByType(Class<?> c, Class<A> type) {
        A[] own = byType(declared(c, ""), type);
        Class<?> sup = c.getSuperclass();
        if (own.length > 0 || sup == null || !inherited(type)) return own;
        return classByType(sup, type);
    }

    /** The descriptor of type `c` (`I`, `[Ljava/lang/String;`, `Ljava/lang/String;`). */
    private static String descriptor(Class<?> c) {
        if (c.isArray()) return c.getName().replace('.', '/');
        switch (c.getName()) {
            case "int": return "I";
            case "long": return "J";
            case "short": return "S";
            case "byte": return "B";
            case "char": return "C";
            case "boolean": return "Z";
            case "float": return "F";
            case "double": return "D";
            case "void": return "V";
            default: return "L" + c.getName().replace('.', '/') + ";";
        }
    }

    /** The key of a method or constructor: its name and descriptor. */
    private static String key(String name, Class<?>[] params, Class<?> result) {
        StringBuilder sb = new StringBuilder(name).append('(');
        for (Class<?> p : params) sb.append(descriptor(p));
        return sb.append(')').append(descriptor(result)).toString();
    }

    /** The annotations declared on `o`, a `Class`, `Method`, `Constructor` or `Field`. */
    private static Annotation[] declaredOf(Object o) {
        if (o instanceof Class) return declared((Class<?>) o, "");
        if (o instanceof Method) {
            Method m = (Method) o;
            return declared(m.getDeclaringClass(), key(m.getName(), m.getParameterTypes(), m.getReturnType()));
        }
        if (o instanceof Constructor) {
            Constructor<?> k = (Constructor<?>) o;
            return declared(k.getDeclaringClass(), key("<init>", k.getParameterTypes(), void.class));
        }
        Field f = (Field) o;
        return declared(f.getDeclaringClass(), f.getName());
    }

    /** The annotations present on `o`: a class's inherited ones too. */
    private static Annotation[] allOf(Object o) { return o instanceof Class ? ofClass((Class<?>) o) : declaredOf(o); }

    public static <A extends Annotation> A getAnnotation(Object o, Class<A> type) { return find(allOf(o), type); }

    public static boolean isAnnotationPresent(Object o, Class<? extends Annotation> type) {
        return getAnnotation(o, type) != null;
    }

    public static Annotation[] getAnnotations(Object o) { return allOf(o); }
    public static Annotation[] getDeclaredAnnotations(Object o) { return declaredOf(o); }

    public static <A extends Annotation> A getDeclaredAnnotation(Object o, Class<A> type) {
        return find(declaredOf(o), type);
    }

    public static <A extends Annotation> A[] getAnnotationsByType(Object o, Class<A> type) {
        return o instanceof Class ? classByType((Class<?>) o, type) : byType(declaredOf(o), type);
    }

    public static <A extends Annotation> A[] getDeclaredAnnotationsByType(Object o, Class<A> type) {
        return byType(declaredOf(o), type);
    }

    /** `Method.getParameterAnnotations()` and `Constructor.getParameterAnnotations()`. */
    public static Annotation[][] getParameterAnnotations(Object o) {
        if (o instanceof Method) {
            Method m = (Method) o;
            Class<?>[] params = m.getParameterTypes();
            return parameters(m.getDeclaringClass(), key(m.getName(), params, m.getReturnType()), params.length);
        }
        Constructor<?> k = (Constructor<?>) o;
        Class<?>[] params = k.getParameterTypes();
        return parameters(k.getDeclaringClass(), key("<init>", params, void.class), params.length);
    }

    /** `Method.getDefaultValue()`: an annotation element's default (boxed; an array fresh). */
    public static Object getDefaultValue(Object o) {
        Method m = (Method) o;
        return defaultValue(m.getDeclaringClass(), key(m.getName(), m.getParameterTypes(), m.getReturnType()), m.getReturnType());
    }
}
