// Annotation edge cases: synthetic constructor parameters, interface methods, equals with other objects, arrays and primitives.
import java.lang.annotation.*;
import java.lang.reflect.*;
import java.util.*;
public class AnnotationEdges {
    @Retention(RetentionPolicy.RUNTIME) @interface P { String value(); }
    class Inner { Inner(@P("a") int x, int y) {} }
    enum E { A; E() {} }
    interface I { @P("iface") void m(@P("q") String s); }
    static class Impl implements I { public void m(String s) {} }
    @FunctionalInterface interface F { int f(int x); }
    record Point(@P("px") int x, @P("py") int y) {}
    enum Level { @P("low") LOW, HIGH }
    @Deprecated(since = "9") static class Old {}
    @Deprecated static class Old2 {}
    @SafeVarargs static <T> List<T> list(T... xs) { return Arrays.asList(xs); }
    public static void main(String[] args) throws Exception {
        Constructor<?> k = Inner.class.getDeclaredConstructors()[0];
        System.out.println(k.getParameterCount() + " " + k.getParameterAnnotations().length);
        for (Annotation[] row : k.getParameterAnnotations()) System.out.println(Arrays.toString(row));
        Method m = I.class.getMethod("m", String.class);
        System.out.println(m.getAnnotation(P.class) + " " + Arrays.toString(m.getParameterAnnotations()[0]));
        System.out.println(Impl.class.getMethod("m", String.class).getAnnotations().length);
        P p = m.getAnnotation(P.class);
        System.out.println(p.equals(p) + " " + p.equals(null) + " " + p.equals("x") + " " + (p.hashCode() == ((127 * "value".hashCode()) ^ "iface".hashCode())));
        System.out.println(Arrays.toString(F.class.getAnnotations()));
        System.out.println(Arrays.toString(Old.class.getAnnotations()));
        System.out.println(Old2.class.getAnnotation(Deprecated.class).since().isEmpty() + " " + Old2.class.getAnnotation(Deprecated.class).forRemoval());
        System.out.println(Arrays.toString(AnnotationEdges.class.getDeclaredMethod("list", Object[].class).getAnnotations()));
        System.out.println(Arrays.toString(Retention.class.getAnnotations()));
        System.out.println(Arrays.toString(Target.class.getAnnotations()));
        System.out.println(Arrays.toString(FunctionalInterface.class.getAnnotations()));
        System.out.println(Point.class.getDeclaredField("x").getAnnotation(P.class) + " " + Point.class.getDeclaredMethod("y").getAnnotation(P.class));
        System.out.println(Arrays.deepToString(Point.class.getDeclaredConstructor(int.class, int.class).getParameterAnnotations()));
        System.out.println(Level.class.getField("LOW").getAnnotation(P.class) + " " + Level.class.getField("HIGH").getAnnotation(P.class));
        List<AnnotatedElement> elements = List.of(Point.class, Point.class.getDeclaredField("x"), Point.class.getDeclaredMethod("y"));
        for (AnnotatedElement e : elements) System.out.println(e.isAnnotationPresent(P.class) + " " + e.getAnnotation(P.class) + " " + e.getAnnotations().length);
        Executable ex = Point.class.getDeclaredConstructor(int.class, int.class);
        System.out.println(ex.getParameterAnnotations()[1][0] + " " + ((AccessibleObject) ex).getDeclaredAnnotations().length);
        System.out.println(AnnotationEdges.class.getAnnotations().length + " " + int.class.getAnnotations().length + " " + String[].class.getAnnotation(P.class));
    }
}
