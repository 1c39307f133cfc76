import java.lang.invoke.*;
import java.util.*;

public class LibHandles {
    private int count;
    static int total = 5;
    String label;

    LibHandles(String label) { this.label = label; }
    LibHandles() { this("none"); }

    static int add(int a, int b) { return a + b; }
    static String greet(String who) { return "hello " + who; }
    static void shout(String s) { System.out.println(s.toUpperCase()); }
    static long big(long a, double d) { return a + (long) d; }
    public String toString() { return "LibHandles(" + label + ")"; }
    int bump(int by) { count += by; return count; }
    String describe() { return label + ":" + count; }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle add = lookup.findStatic(LibHandles.class, "add", MethodType.methodType(int.class, int.class, int.class));
        System.out.println("type " + add.type());
        System.out.println("invokeExact " + (int) add.invokeExact(2, 3));
        System.out.println("invoke " + add.invoke(4, 5));
        Integer boxed = (Integer) add.invoke(Integer.valueOf(6), 7);
        System.out.println("invoke boxed " + boxed);
        System.out.println("withArguments " + add.invokeWithArguments(10, 20));
        System.out.println("withArguments list " + add.invokeWithArguments(Arrays.asList(1, 2)));
        MethodHandle greet = lookup.findStatic(LibHandles.class, "greet", MethodType.methodType(String.class, String.class));
        System.out.println((String) greet.invokeExact("world"));
        MethodHandle shout = lookup.findStatic(LibHandles.class, "shout", MethodType.methodType(void.class, String.class));
        shout.invokeExact("quiet");
        System.out.println("shout type " + shout.type());
        MethodHandle big = lookup.findStatic(LibHandles.class, "big", MethodType.methodType(long.class, long.class, double.class));
        System.out.println("big " + (long) big.invokeExact(40L, 2.5));
        MethodHandle bump = lookup.findVirtual(LibHandles.class, "bump", MethodType.methodType(int.class, int.class));
        LibHandles h = new LibHandles("h");
        System.out.println("bump " + (int) bump.invokeExact(h, 3) + " " + (int) bump.invokeExact(h, 4));
        System.out.println("bump type " + bump.type());
        MethodHandle describe = lookup.findVirtual(LibHandles.class, "describe", MethodType.methodType(String.class));
        System.out.println("describe " + (String) describe.invokeExact(h));
        MethodHandle bound = describe.bindTo(h);
        System.out.println("bound " + bound.invoke() + " " + bound.type());
        MethodHandle ctor = lookup.findConstructor(LibHandles.class, MethodType.methodType(void.class, String.class));
        LibHandles made = (LibHandles) ctor.invokeExact("made");
        System.out.println("ctor " + made + " " + ctor.type());
        MethodHandle ctor0 = lookup.findConstructor(LibHandles.class, MethodType.methodType(void.class));
        System.out.println("ctor0 " + ctor0.invoke());
        MethodHandle getter = lookup.findGetter(LibHandles.class, "label", String.class);
        MethodHandle setter = lookup.findSetter(LibHandles.class, "label", String.class);
        setter.invokeExact(made, "renamed");
        System.out.println("getter " + (String) getter.invokeExact(made) + " " + getter.type() + " " + setter.type());
        MethodHandle sget = lookup.findStaticGetter(LibHandles.class, "total", int.class);
        MethodHandle sset = lookup.findStaticSetter(LibHandles.class, "total", int.class);
        sset.invokeExact(99);
        System.out.println("static getter " + (int) sget.invokeExact() + " " + total);
        try {
            String s = (String) add.invokeExact(1, 2);
        } catch (WrongMethodTypeException e) {
            System.out.println("WMTE " + e.getMessage());
        }
        try {
            add.invoke(1);
        } catch (WrongMethodTypeException e) {
            System.out.println("WMTE " + e.getMessage());
        }
        try {
            lookup.findStatic(LibHandles.class, "missing", MethodType.methodType(void.class));
        } catch (NoSuchMethodException e) {
            System.out.println("NSME " + e.getMessage());
        }
        try {
            lookup.findStatic(LibHandles.class, "add", MethodType.methodType(long.class, int.class, int.class));
        } catch (NoSuchMethodException e) {
            System.out.println("NSME " + e.getMessage());
        }
        try {
            lookup.findGetter(LibHandles.class, "nothing", int.class);
        } catch (NoSuchFieldException e) {
            System.out.println("NSFE " + e.getMessage());
        }
        MethodType mt = MethodType.methodType(String.class, int.class, String[].class, List.class);
        System.out.println("methodType " + mt + " " + mt.parameterCount() + " " + mt.returnType() + " " + mt.parameterType(1));
        System.out.println("descriptor " + mt.toMethodDescriptorString());
        System.out.println("equals " + mt.equals(MethodType.methodType(String.class, int.class, String[].class, List.class)));
    }
}
