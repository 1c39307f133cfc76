import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

public class LibReflectLib {
    public static void main(String[] args) throws Throwable {
        Method length = String.class.getMethod("length");
        System.out.println(length.getName() + " " + length.invoke("hello"));
        Method upper = String.class.getMethod("toUpperCase");
        System.out.println(upper.invoke("shout"));
        Method parse = Integer.class.getMethod("parseInt", String.class);
        System.out.println(parse.invoke(null, "1234") + " " + java.lang.reflect.Modifier.isStatic(parse.getModifiers()));
        List<String> list = new ArrayList<>();
        list.add("a");
        list.add("b");
        Method size = List.class.getMethod("size");
        System.out.println("size " + size.invoke(list));
        Method get = List.class.getMethod("get", int.class);
        System.out.println("get " + get.invoke(list, 1));
        try {
            String.class.getMethod("noSuch");
        } catch (NoSuchMethodException e) {
            System.out.println("NSME " + e.getMessage());
        }

        java.lang.reflect.Field maxField = Integer.class.getField("MAX_VALUE");
        System.out.println(maxField.getName() + " " + maxField.get(null) + " " + maxField.getType());
        java.lang.reflect.Constructor<?> sb = ArrayList.class.getConstructor(java.util.Collection.class);
        Object built = sb.newInstance(List.of("built"));
        System.out.println(built + " " + built.getClass().getName());
        System.out.println(Math.class.getMethod("min", long.class, long.class).invoke(null, 4L, -4L));
        System.out.println(String.class.getMethod("repeat", int.class).invoke("ab", 3));

        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle concat = lookup.findVirtual(String.class, "concat", MethodType.methodType(String.class, String.class));
        System.out.println((String) concat.invokeExact("foo", "bar"));
        MethodHandle max = lookup.findStatic(Math.class, "max", MethodType.methodType(int.class, int.class, int.class));
        System.out.println((int) max.invokeExact(3, 9));
        MethodHandle abs = lookup.findStatic(Math.class, "abs", MethodType.methodType(double.class, double.class));
        System.out.println((double) abs.invokeExact(-2.5));
        MethodHandle sub = lookup.findVirtual(String.class, "substring", MethodType.methodType(String.class, int.class, int.class));
        System.out.println((String) sub.invokeExact("abcdef", 1, 4));
        MethodHandle valueOf = lookup.findStatic(Integer.class, "valueOf", MethodType.methodType(Integer.class, int.class));
        System.out.println(valueOf.invoke(42));
        MethodHandle add = lookup.findVirtual(List.class, "add", MethodType.methodType(boolean.class, Object.class));
        System.out.println((boolean) add.invokeExact(list, (Object) "c") + " " + list);
        MethodHandle ctor = lookup.findConstructor(ArrayList.class, MethodType.methodType(void.class));
        List<?> fresh = (List<?>) ctor.invoke();
        System.out.println("fresh " + fresh.isEmpty());
        MethodHandle isEmpty = lookup.findVirtual(ArrayList.class, "isEmpty", MethodType.methodType(boolean.class));
        System.out.println("isEmpty " + (boolean) isEmpty.invoke(fresh));
        MethodHandle maxValue = lookup.findStaticGetter(Integer.class, "MAX_VALUE", int.class);
        System.out.println((int) maxValue.invokeExact());
        MethodHandle toUpper = lookup.findVirtual(String.class, "toUpperCase", MethodType.methodType(String.class));
        System.out.println((String) toUpper.invokeExact("quiet"));
        MethodHandle join = lookup.findStatic(String.class, "join",
            MethodType.methodType(String.class, CharSequence.class, CharSequence[].class));
        System.out.println((String) join.invokeExact((CharSequence) "-", new CharSequence[] {"x", "y", "z"}));
        MethodHandle pi = lookup.findStaticGetter(Math.class, "PI", double.class);
        System.out.println((double) pi.invokeExact());
        try {
            lookup.findStatic(Math.class, "nope", MethodType.methodType(int.class));
        } catch (NoSuchMethodException e) {
            System.out.println("NSME " + e.getMessage());
        }
    }
}
