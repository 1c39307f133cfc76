import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class RuntimeArrays {
    enum Color { RED, GREEN }

    public int x;

    public RuntimeArrays() {}

    public void m() {}

    static void show(String what, Object a) {
        System.out.println(what + ": " + a.getClass().getName() + " " + a.getClass().getSimpleName());
        System.out.println("  Object[] " + (a instanceof Object[]) + ", String[] " + (a instanceof String[])
                + ", CharSequence[] " + (a instanceof CharSequence[]) + ", Comparable[] " + (a instanceof Comparable[]));
        try {
            String[] s = (String[]) a;
            System.out.println("  cast to String[]: ok " + s.length);
        } catch (ClassCastException e) {
            System.out.println("  " + e.getMessage());
        }
    }

    static Object[] deep() {
        try {
            throw new IllegalStateException("x");
        } catch (IllegalStateException e) {
            return e.getStackTrace();
        }
    }

    public static void main(String[] args) throws Exception {
        show("main args", args);
        show("split", "a,b,c".split(","));
        show("split one", "abc".split(","));
        show("split limit", "a,b,c".split(",", 2));
        show("stack trace", deep());
        show("stack trace of new", new RuntimeException().getStackTrace());
        Throwable t = new Throwable();
        t.addSuppressed(new Error());
        show("suppressed", t.getSuppressed());
        show("no suppressed", new Throwable().getSuppressed());
        show("values", Color.values());
        show("enum constants", Color.class.getEnumConstants());
        List<String> list = new ArrayList<>(List.of("p", "q"));
        show("toArray", list.toArray());
        show("toArray(String[0])", list.toArray(new String[0]));
        show("toArray(String[5])", list.toArray(new String[5]));
        show("List.of toArray", List.of("u").toArray());
        show("asList toArray", Arrays.asList("v", "w").toArray());
        show("copyOf", Arrays.copyOf(new String[] {"k"}, 3));
        show("copyOfRange", Arrays.copyOfRange(new String[] {"k", "l"}, 1, 2));
        show("stream toArray", Stream.of("s", "t").toArray());
        show("stream toArray(String[]::new)", Stream.of("s", "t").toArray(String[]::new));
        show("collect toList toArray", Stream.of("s").collect(Collectors.toList()).toArray());
        show("getInterfaces", String.class.getInterfaces());
        show("getDeclaredMethods", RuntimeArrays.class.getDeclaredMethods());
        show("getDeclaredFields", RuntimeArrays.class.getDeclaredFields());
        show("getConstructors", RuntimeArrays.class.getConstructors());
        show("getParameterTypes", RuntimeArrays.class.getMethod("main", String[].class).getParameterTypes());
        show("Array.newInstance", java.lang.reflect.Array.newInstance(String.class, 2));
        show("new String[0][]", new String[1][]);
        show("clone", new String[] {"c"}.clone());
    }
}
