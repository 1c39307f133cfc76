import java.lang.reflect.*;
import java.util.*;
// Reflection of members a class inherits from Object (getMethod("hashCode"), getMethods() with
// Object's public methods, sorted here: HotSpot's order is unspecified), of the runtime's
// StringBuilder through getClass(), and of a library class reached only by Class.forName.
public class ReflectObjectMembers {
    static class Point { int x; public int getX() { return x; } public String toString() { return "P" + x; } }
    public static void main(String[] a) throws Exception {
        objectMembers();
        builderMembers();
    }

    static void objectMembers() throws Exception {
        Object p = new Point();
        Method h = p.getClass().getMethod("hashCode");
        System.out.println(h + " " + h.getDeclaringClass().getName() + " " + Modifier.toString(h.getModifiers()));
        Method ts = p.getClass().getMethod("toString");
        System.out.println(ts.invoke(p) + " " + ts.getDeclaringClass().getSimpleName());
        Method eq = Point.class.getMethod("equals", Object.class);
        System.out.println(eq.invoke(p, p) + " " + eq.invoke(p, "x") + " " + eq);
        Method gc = Point.class.getMethod("getClass");
        System.out.println(gc.invoke(p) + " " + gc.getReturnType().getName());
        List<String> names = new ArrayList<>();
        for (Method m : Point.class.getMethods()) names.add(m.getName() + "/" + m.getParameterCount() + "/" + m.getDeclaringClass().getSimpleName());
        Collections.sort(names);
        System.out.println(names);
        System.out.println(Object.class.getMethods().length + " " + Object.class.getDeclaredMethods().length);
        Class<?> c = Class.forName("java.util.ArrayList");
        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) c.getDeclaredConstructor().newInstance();
        Method add = c.getMethod("add", Object.class);
        add.invoke(list, "one");
        add.invoke(list, 2);
        System.out.println(list + " " + c.getMethod("size").invoke(list));
        @SuppressWarnings("deprecation")
        Object fresh = Class.forName("java.util.ArrayList").newInstance();
        System.out.println(fresh + " " + fresh.getClass().getName());
        try {
            Point.class.getMethod("nothing");
        } catch (NoSuchMethodException e) { System.out.println(e); }
        try {
            Integer.class.newInstance();
        } catch (InstantiationException e) { System.out.println(e + " " + e.getCause()); }
    }

    static void builderMembers() throws Exception {
        StringBuilder sb = new StringBuilder("abc");
        Method len = sb.getClass().getMethod("length");
        System.out.println(len.invoke(sb) + " " + len.getReturnType());
        Method app = sb.getClass().getMethod("append", String.class);
        app.invoke(sb, "def");
        Method rev = sb.getClass().getMethod("reverse");
        System.out.println(rev.invoke(sb) + " " + sb.getClass().getMethod("indexOf", String.class).invoke(sb, "c"));
        Object made = StringBuilder.class.getConstructor(String.class).newInstance("x");
        System.out.println(made + " " + sb.getClass().getMethod("hashCode").getDeclaringClass());
        System.out.println(sb.getClass().getMethod("charAt", int.class).invoke(sb, 1));
    }
}
