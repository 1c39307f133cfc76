// Annotations on classes, fields, methods, constructors and parameters: every element value kind, defaults, toString / equals / hashCode, inheritance, retention, repeatable.
import java.lang.annotation.*;
import java.lang.reflect.*;
import java.util.*;

public class Annotations {
    enum Color { RED, GREEN, BLUE; public String toString() { return name().toLowerCase(); } }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Inner { String value(); int weight() default 1; }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.CONSTRUCTOR})
    @interface All {
        byte b() default 7;
        char c() default 'x';
        short s() default -3;
        int i() default 42;
        long j() default 5L;
        float f() default 1.5f;
        double d() default 2.25;
        boolean z() default true;
        String str() default "he said \"hi\"\n";
        Class<?> k() default String.class;
        Color e() default Color.GREEN;
        Inner nested() default @Inner("deep");
        int[] ints() default {1, 2, 3};
        String[] strs() default {};
        Color[] colors() default {Color.RED, Color.BLUE};
        Class<?>[] classes() default {int.class, int[].class, Object[][].class};
        Inner[] inners() default {@Inner("a"), @Inner(value = "b", weight = 2)};
        char[] chars() default {'a', '\t', '\u00e9'};
        byte[] bytes() default {-1, 0, 16};
        long[] longs() default {1L << 40};
        float[] floats() default {Float.NaN, -0.0f, 1e10f};
        double[] doubles() default {Double.POSITIVE_INFINITY, 0.1};
        boolean[] bools() default {false, true};
        short[] shorts() default {300};
    }

    @Retention(RetentionPolicy.RUNTIME) @interface Marker {}
    @Retention(RetentionPolicy.CLASS) @interface ClassOnly {}
    @interface DefaultRetention {}
    @Retention(RetentionPolicy.SOURCE) @interface SourceOnly {}
    @Retention(RetentionPolicy.RUNTIME) @Inherited @interface Heritable { String value() default "base"; }
    @Retention(RetentionPolicy.RUNTIME) @interface NotHeritable {}
    @Retention(RetentionPolicy.RUNTIME) @interface Tags { Tag[] value(); }
    @Retention(RetentionPolicy.RUNTIME) @Repeatable(Tags.class) @interface Tag { String value(); }
    @Retention(RetentionPolicy.RUNTIME) @interface Named { String value(); }
    @Retention(RetentionPolicy.RUNTIME) @interface Five { int a() default 1; int b() default 2; int c() default 3; String name(); long zz(); }

    @All @Marker @ClassOnly @DefaultRetention @SourceOnly @Heritable("parent") @NotHeritable
    static class Base {
        @All(i = 9, str = "x", ints = {}, e = Color.BLUE, k = void.class) public int field;
        @Marker public Base() {}
        @Marker @Five(name = "n", zz = -1, b = 20) public void m(@Named("p0") int a, int b, @Named("p2") @Marker String c) {}
        @Tag("one") @Tag("two") public void tagged() {}
        @Tag("solo") public void single() {}
        public void plain() {}
    }

    static class Derived extends Base {}

    @Heritable static class Own extends Base {}

    static Method method(Class<?> c, String name) {
        for (Method m : c.getDeclaredMethods()) if (m.getName().equals(name)) return m;
        return null;
    }

    static List<String> sorted(Annotation[] as) {
        List<String> out = new ArrayList<>();
        for (Annotation a : as) out.add(a.toString());
        Collections.sort(out);
        return out;
    }

    public static void main(String[] args) throws Exception {
        All all = Base.class.getAnnotation(All.class);
        System.out.println(all);
        System.out.println(all.annotationType() == All.class);
        System.out.println(all.b() + " " + all.c() + " " + all.s() + " " + all.i() + " " + all.j() + " " + all.f() + " " + all.d() + " " + all.z());
        System.out.println(all.str() + "|" + all.k() + " " + all.e() + " " + all.e().name() + " " + all.nested().value() + " " + all.nested().weight());
        int[] ints = all.ints();
        ints[0] = 99;
        System.out.println(Arrays.toString(all.ints()) + " " + (all.ints() != all.ints()) + " " + all.strs().length);
        System.out.println(Arrays.toString(all.colors()) + " " + Arrays.toString(all.classes()) + " " + all.inners().length + " " + all.inners()[1]);
        StringBuilder sb = new StringBuilder();
        for (char x : all.chars()) sb.append(x).append(',');
        for (byte x : all.bytes()) sb.append(x).append(',');
        for (long x : all.longs()) sb.append(x).append(',');
        for (float x : all.floats()) sb.append(x).append(',');
        for (double x : all.doubles()) sb.append(x).append(',');
        for (boolean x : all.bools()) sb.append(x).append(',');
        for (short x : all.shorts()) sb.append(x).append(',');
        System.out.println(sb);
        Field f = Base.class.getField("field");
        All fa = f.getAnnotation(All.class);
        System.out.println(fa);
        System.out.println(fa.equals(all) + " " + all.equals(Base.class.getAnnotation(All.class)) + " " + (all.hashCode() == Base.class.getAnnotation(All.class).hashCode()));
        Marker marker = Base.class.getAnnotation(Marker.class);
        System.out.println(marker + " " + marker.hashCode() + " " + marker.equals(Base.class.getConstructor().getAnnotation(Marker.class)) + " " + marker.equals(all));
        Inner in = all.nested();
        System.out.println(in + " " + in.hashCode() + " " + in.equals(all.inners()[0]));
        System.out.println(sorted(Base.class.getAnnotations()));
        System.out.println(sorted(Base.class.getDeclaredAnnotations()));
        System.out.println(Base.class.isAnnotationPresent(ClassOnly.class) + " " + Base.class.isAnnotationPresent(DefaultRetention.class) + " " + Base.class.isAnnotationPresent(SourceOnly.class) + " " + Base.class.getAnnotation(ClassOnly.class));
        System.out.println("Derived: " + sorted(Derived.class.getAnnotations()) + " declared " + sorted(Derived.class.getDeclaredAnnotations()));
        System.out.println("Derived: " + Derived.class.getAnnotation(Heritable.class) + " " + Derived.class.isAnnotationPresent(NotHeritable.class) + " " + Derived.class.getDeclaredAnnotation(Heritable.class));
        System.out.println("Own: " + sorted(Own.class.getAnnotations()));
        Method m = method(Base.class, "m");
        System.out.println(sorted(m.getAnnotations()) + " " + m.isAnnotationPresent(Marker.class) + " " + m.getAnnotation(Named.class));
        Five five = m.getAnnotation(Five.class);
        System.out.println(five + " " + five.hashCode());
        Annotation[][] pa = m.getParameterAnnotations();
        System.out.println(pa.length + " " + pa[0].length + " " + pa[1].length + " " + pa[2].length);
        for (Annotation[] row : pa) System.out.println(Arrays.toString(row));
        System.out.println(((Named) pa[2][0]).value());
        Method tagged = method(Base.class, "tagged");
        System.out.println(tagged.getAnnotation(Tag.class) + " " + tagged.getAnnotation(Tags.class));
        System.out.println(Arrays.toString(tagged.getAnnotationsByType(Tag.class)));
        Method single = method(Base.class, "single");
        System.out.println(Arrays.toString(single.getAnnotationsByType(Tag.class)) + " " + single.getAnnotationsByType(Tags.class).length);
        Method plain = method(Base.class, "plain");
        System.out.println(plain.getAnnotations().length + " " + plain.getAnnotation(Marker.class) + " " + plain.getParameterAnnotations().length);
        System.out.println(method(All.class, "i").getDefaultValue() + " " + method(All.class, "str").getDefaultValue() + " " + method(All.class, "nested").getDefaultValue() + " " + method(Named.class, "value").getDefaultValue());
        Object defaults = method(All.class, "ints").getDefaultValue();
        System.out.println(Arrays.toString((int[]) defaults) + " " + method(All.class, "e").getDefaultValue());
        System.out.println(All.class.isAnnotation() + " " + Base.class.isAnnotation() + " " + All.class.getAnnotation(Retention.class) + " " + sorted(All.class.getAnnotations()));
        System.out.println(Tag.class.getAnnotation(Repeatable.class).value() == Tags.class);
        System.out.println(Base.class.getConstructor().isAnnotationPresent(Marker.class) + " " + Base.class.getConstructor().getParameterAnnotations().length);
    }
}
