import java.lang.invoke.*;
import java.lang.reflect.*;
import java.util.*;

public class LibReflect {
    public static int counter = 3;
    private String name;
    protected final double weight = 2.5;
    long id;
    static final transient int LIMIT = 9;

    public LibReflect() { this("anon"); }
    public LibReflect(String name) { this.name = name; }

    public static int add(int a, int b) { return a + b; }
    private String secret(String prefix) { return prefix + name; }
    public String getName() { return name; }
    protected synchronized void rename(String n) { name = n; }
    public static void fail(String why) { throw new IllegalStateException(why); }
    public final long twice(long x) { return 2 * x; }
    static abstract class Shape {
        public abstract double area();
        public String describe() { return getClass().getSimpleName() + " " + area(); }
    }
    static final class Square extends Shape {
        private final double side;
        Square(double side) { this.side = side; }
        public double area() { return side * side; }
    }

    static List<String> names(Method[] ms) {
        List<String> out = new ArrayList<>();
        for (Method m : ms) out.add(m.getName());
        Collections.sort(out);
        return out;
    }

    public static void main(String[] args) throws Throwable {
        Class<?> c = LibReflect.class;
        System.out.println("declared methods " + names(c.getDeclaredMethods()));
        Method add = c.getDeclaredMethod("add", int.class, int.class);
        System.out.println(add.getName() + " " + add.getParameterCount() + " " + add.getReturnType() + " "
            + Arrays.toString(add.getParameterTypes()) + " " + Modifier.toString(add.getModifiers()));
        System.out.println("invoke " + add.invoke(null, 2, 40));
        System.out.println("toString " + add);
        Method secret = c.getDeclaredMethod("secret", String.class);
        System.out.println("private " + Modifier.isPrivate(secret.getModifiers()) + " " + secret);
        secret.setAccessible(true);
        LibReflect r = new LibReflect("bob");
        System.out.println("invoke private " + secret.invoke(r, "mr "));
        Method rename = c.getDeclaredMethod("rename", String.class);
        rename.invoke(r, "alice");
        System.out.println("renamed " + c.getMethod("getName").invoke(r) + " " + Modifier.toString(rename.getModifiers()));
        Method twice = c.getMethod("twice", long.class);
        System.out.println("twice " + twice.invoke(r, 21L) + " " + twice.getDeclaringClass().getName());
        try {
            c.getMethod("fail", String.class).invoke(null, "on purpose");
        } catch (InvocationTargetException e) {
            System.out.println("target threw " + e.getCause());
        }
        try {
            c.getDeclaredMethod("missing");
        } catch (NoSuchMethodException e) {
            System.out.println("NSME " + e.getMessage());
        }
        try {
            c.getMethod("secret", String.class);
        } catch (NoSuchMethodException e) {
            System.out.println("NSME " + e.getMessage());
        }
        try {
            add.invoke(null, 1);
        } catch (IllegalArgumentException e) {
            System.out.println("IAE " + e.getMessage());
        }
        List<String> fields = new ArrayList<>();
        for (Field f : c.getDeclaredFields()) fields.add(Modifier.toString(f.getModifiers()) + " " + f.getType().getSimpleName() + " " + f.getName());
        Collections.sort(fields);
        System.out.println("fields " + fields);
        Field nameField = c.getDeclaredField("name");
        nameField.setAccessible(true);
        System.out.println("get " + nameField.get(r) + " " + nameField);
        nameField.set(r, "carol");
        System.out.println("set " + r.getName());
        Field counterField = c.getField("counter");
        counterField.setInt(null, 10);
        System.out.println("static " + counterField.getInt(null) + " " + counter + " " + counterField.get(null));
        System.out.println("weight " + c.getDeclaredField("weight").getDouble(r) + " " + c.getDeclaredField("id").getLong(r));
        try {
            c.getDeclaredField("nothing");
        } catch (NoSuchFieldException e) {
            System.out.println("NSFE " + e.getMessage());
        }
        Constructor<?> ctor = c.getConstructor(String.class);
        LibReflect made = (LibReflect) ctor.newInstance("dave");
        System.out.println("ctor " + made.getName() + " " + ctor.getParameterCount() + " " + ctor);
        System.out.println("no-arg " + ((LibReflect) c.getDeclaredConstructor().newInstance()).getName());
        Method area = Shape.class.getMethod("area");
        System.out.println("virtual " + area.invoke(new Square(3)) + " " + Modifier.toString(area.getModifiers()));
        System.out.println("inherited " + Square.class.getMethod("describe").invoke(new Square(2)));
        System.out.println("class modifiers " + Modifier.toString(Square.class.getModifiers()) + " / "
            + Modifier.toString(Shape.class.getModifiers()) + " / " + Modifier.toString(c.getModifiers()));
        MethodHandle h = MethodHandles.lookup().unreflect(add);
        System.out.println("unreflect " + (int) h.invokeExact(5, 6) + " " + h.type());
        System.out.println("modifier " + Modifier.toString(Modifier.PUBLIC | Modifier.STATIC | Modifier.FINAL) + " "
            + Modifier.isStatic(add.getModifiers()) + " " + Modifier.isAbstract(area.getModifiers()));
    }
}
