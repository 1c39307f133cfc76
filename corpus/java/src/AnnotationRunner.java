// Annotations driving a tiny test runner, a field validator and a command-line parser.
import java.lang.annotation.*;
import java.lang.reflect.*;
import java.util.*;

/** A tiny test runner and a field validator driven by runtime annotations. */
public class AnnotationRunner {
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD)
    @interface Test { Class<? extends Throwable> expected() default None.class; String name() default ""; boolean skip() default false; }
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD) @interface Before {}
    static class None extends Throwable {}

    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD) @interface NotNull {}
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD) @interface Range { long min() default Long.MIN_VALUE; long max() default Long.MAX_VALUE; }
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD) @interface Size { int max(); }
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.FIELD) @interface Option { String value(); String help() default ""; }

    public static class Calculator {
        int counter;
        @Before public void reset() { counter = 0; }
        @Test public void adds() { check(2 + 2 == 4, "2 + 2"); counter++; }
        @Test(name = "division by zero", expected = ArithmeticException.class) public void divides() { int z = counter; System.out.println(1 / z); }
        @Test(expected = IllegalStateException.class) public void missesItsException() {}
        @Test public void fails() { check(counter == 1, "counter is " + counter); }
        @Test(skip = true) public void skipped() { throw new Error("never"); }
        @Test public void throwsUnexpected() { throw new UnsupportedOperationException("nope"); }
        public void helper() { throw new Error("not a test"); }
    }

    static void check(boolean ok, String what) { if (!ok) throw new IllegalStateException("check failed: " + what); }

    static int run(Class<?> c) throws Exception {
        Method[] methods = c.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::getName));
        List<Method> before = new ArrayList<>();
        for (Method m : methods) if (m.isAnnotationPresent(Before.class)) before.add(m);
        int failures = 0;
        for (Method m : methods) {
            Test t = m.getAnnotation(Test.class);
            if (t == null) continue;
            String name = t.name().isEmpty() ? m.getName() : t.name();
            if (t.skip()) { System.out.println("SKIP " + name); continue; }
            Object instance = c.getDeclaredConstructor().newInstance();
            for (Method b : before) b.invoke(instance);
            try {
                m.invoke(instance);
                if (t.expected() != None.class) { failures++; System.out.println("FAIL " + name + ": expected " + t.expected().getSimpleName()); }
                else System.out.println("PASS " + name);
            } catch (InvocationTargetException e) {
                Throwable cause = e.getCause();
                if (t.expected().isInstance(cause)) System.out.println("PASS " + name + " (threw " + cause.getClass().getSimpleName() + ")");
                else { failures++; System.out.println("FAIL " + name + ": " + cause); }
            }
        }
        return failures;
    }

    static class Config {
        @NotNull @Size(max = 8) @Option(value = "--name", help = "who") String name;
        @Range(min = 1, max = 65535) @Option("--port") int port;
        @Range(min = 0) long retries;
        @Option("--verbose") boolean verbose;
        String unchecked;
    }

    static List<String> validate(Object o) throws IllegalAccessException {
        List<String> errors = new ArrayList<>();
        Field[] fields = o.getClass().getDeclaredFields();
        Arrays.sort(fields, Comparator.comparing(Field::getName));
        for (Field f : fields) {
            f.setAccessible(true);
            Object v = f.get(o);
            if (f.isAnnotationPresent(NotNull.class) && v == null) errors.add(f.getName() + " is null");
            Range r = f.getAnnotation(Range.class);
            if (r != null) {
                long n = ((Number) v).longValue();
                if (n < r.min() || n > r.max()) errors.add(f.getName() + "=" + n + " not in " + r);
            }
            Size s = f.getAnnotation(Size.class);
            if (s != null && v != null && ((String) v).length() > s.max()) errors.add(f.getName() + " longer than " + s.max());
        }
        return errors;
    }

    static void parse(Object target, String... args) throws IllegalAccessException {
        Field[] fields = target.getClass().getDeclaredFields();
        Arrays.sort(fields, Comparator.comparing(Field::getName));
        for (int i = 0; i < args.length; i++) {
            for (Field f : fields) {
                Option opt = f.getAnnotation(Option.class);
                if (opt == null || !opt.value().equals(args[i])) continue;
                if (f.getType() == boolean.class) f.setBoolean(target, true);
                else if (f.getType() == int.class) f.setInt(target, Integer.parseInt(args[++i]));
                else f.set(target, args[++i]);
            }
        }
    }

    static void usage(Class<?> c) {
        Field[] fields = c.getDeclaredFields();
        Arrays.sort(fields, Comparator.comparing(Field::getName));
        for (Field f : fields) {
            Option opt = f.getAnnotation(Option.class);
            if (opt != null) System.out.println("  " + opt.value() + (opt.help().isEmpty() ? "" : "  " + opt.help()) + "  (" + f.getType().getName() + ")");
        }
    }

    public static void main(String[] args) throws Exception {
        int failures = run(Calculator.class);
        System.out.println(failures + " failed");
        Config c = new Config();
        System.out.println(validate(c));
        parse(c, "--name", "averyverylongname", "--port", "70000", "--verbose");
        System.out.println(c.name + " " + c.port + " " + c.verbose);
        System.out.println(validate(c));
        c.name = "ok";
        c.port = 8080;
        System.out.println(validate(c));
        usage(Config.class);
    }
}
