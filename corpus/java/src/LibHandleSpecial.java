import java.lang.invoke.*;
// MethodHandles.Lookup.findSpecial (a super call through a handle, from the subclass's lookup) and
// MethodHandles.collectArguments (a filter whose result, or nothing for a void one, takes the
// place of its arguments).
public class LibHandleSpecial {
    static class Animal { String sound() { return "..."; } String name(int n) { return "animal" + n; } }
    static class Dog extends Animal {
        @Override String sound() { return "woof"; }
        @Override String name(int n) { return "dog" + n; }
        String both() throws Throwable {
            MethodHandle sup = MethodHandles.lookup().findSpecial(Animal.class, "sound", MethodType.methodType(String.class), Dog.class);
            return sound() + "/" + (String) sup.invokeExact(this) + " " + sup.type();
        }
        static String named(Dog d) throws Throwable {
            MethodHandle n = MethodHandles.lookup().findSpecial(Animal.class, "name", MethodType.methodType(String.class, int.class), Dog.class);
            return (String) n.invoke(d, 3) + " " + n.type();
        }
        static void missing() throws Throwable {
            try {
                MethodHandles.lookup().findSpecial(Animal.class, "missing", MethodType.methodType(void.class), Dog.class);
            } catch (NoSuchMethodException e) { System.out.println(e.getMessage()); }
        }
    }
    static int add(int a, int b) { return a + b; }
    static int len(String s) { return s.length(); }
    static int mul(int a, int b) { return a * b; }
    static void log(String s) { System.out.println("log " + s); }
    static String concat(String a, String b) { return a + b; }
    public static void main(String[] args) throws Throwable {
        System.out.println(new Dog().both());
        MethodHandles.Lookup l = MethodHandles.lookup();
        System.out.println(Dog.named(new Dog()));
        MethodHandle virt = l.findVirtual(Animal.class, "name", MethodType.methodType(String.class, int.class));
        System.out.println((String) virt.invoke(new Dog(), 3));
        MethodHandle add = l.findStatic(LibHandleSpecial.class, "add", MethodType.methodType(int.class, int.class, int.class));
        MethodHandle len = l.findStatic(LibHandleSpecial.class, "len", MethodType.methodType(int.class, String.class));
        MethodHandle c = MethodHandles.collectArguments(add, 1, len);
        System.out.println(c.type() + " " + (int) c.invokeExact(10, "abcd"));
        MethodHandle mul = l.findStatic(LibHandleSpecial.class, "mul", MethodType.methodType(int.class, int.class, int.class));
        MethodHandle c2 = MethodHandles.collectArguments(add, 0, mul);
        System.out.println(c2.type() + " " + (int) c2.invokeExact(3, 4, 5));
        MethodHandle log = l.findStatic(LibHandleSpecial.class, "log", MethodType.methodType(void.class, String.class));
        MethodHandle c3 = MethodHandles.collectArguments(add, 2, log);
        System.out.println(c3.type() + " " + (int) c3.invokeExact(1, 2, "side"));
        MethodHandle cat = l.findStatic(LibHandleSpecial.class, "concat", MethodType.methodType(String.class, String.class, String.class));
        try {
            MethodHandles.collectArguments(add, 0, cat);
        } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        Dog.missing();
    }
}
