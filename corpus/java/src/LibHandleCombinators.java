import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;
import java.util.Arrays;
import java.util.List;

public class LibHandleCombinators {
    static int add(int a, int b) { return a + b; }
    static long twice(long x) { return 2 * x; }
    static String greet(String greeting, String name) { return greeting + ", " + name + "!"; }
    static String describe(int n, String unit, boolean plural) { return n + " " + unit + (plural ? "s" : ""); }
    static boolean isSmall(int n) { return n < 10; }
    static String small(int n) { return "small " + n; }
    static String big(int n) { return "big " + n; }
    static int parse(String s) { return Integer.parseInt(s); }
    static String recover(NumberFormatException e, String s) { return "bad number " + s; }
    static int sum(int[] xs) { int t = 0; for (int x : xs) t += x; return t; }
    static String joinAll(String sep, String... parts) { return String.join(sep, parts); }
    static int length(String s) { return s.length(); }
    static void log(String s) { System.out.println("log " + s); }
    static String shout(String s) { return s.toUpperCase(); }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodHandle add = l.findStatic(LibHandleCombinators.class, "add", MethodType.methodType(int.class, int.class, int.class));
        MethodHandle greet = l.findStatic(LibHandleCombinators.class, "greet", MethodType.methodType(String.class, String.class, String.class));

        MethodHandle add5 = MethodHandles.insertArguments(add, 0, 5);
        System.out.println(add5.type() + " " + (int) add5.invokeExact(10));
        MethodHandle hello = MethodHandles.insertArguments(greet, 0, "Hello");
        System.out.println((String) hello.invokeExact("world"));

        MethodHandle dropped = MethodHandles.dropArguments(add, 1, String.class, double.class);
        System.out.println(dropped.type() + " " + (int) dropped.invokeExact(1, "x", 2.5, 2));

        MethodHandle len = l.findStatic(LibHandleCombinators.class, "length", MethodType.methodType(int.class, String.class));
        MethodHandle greetLen = MethodHandles.filterReturnValue(greet, len);
        System.out.println(greetLen.type() + " " + (int) greetLen.invokeExact("Hi", "Bob"));

        MethodHandle shout = l.findStatic(LibHandleCombinators.class, "shout", MethodType.methodType(String.class, String.class));
        MethodHandle loud = MethodHandles.filterArguments(greet, 1, shout);
        System.out.println((String) loud.invokeExact("Hey", "ann"));
        MethodHandle lenAdd = MethodHandles.filterArguments(add, 0, len, len);
        System.out.println(lenAdd.type() + " " + (int) lenAdd.invokeExact("abc", "de"));

        MethodHandle log = l.findStatic(LibHandleCombinators.class, "log", MethodType.methodType(void.class, String.class));
        MethodHandle logged = MethodHandles.foldArguments(shout, log);
        System.out.println((String) logged.invokeExact("folded"));
        MethodHandle folded = MethodHandles.foldArguments(greet, shout);
        System.out.println(folded.type() + " " + (String) folded.invokeExact("yo"));

        MethodHandle test = l.findStatic(LibHandleCombinators.class, "isSmall", MethodType.methodType(boolean.class, int.class));
        MethodHandle sm = l.findStatic(LibHandleCombinators.class, "small", MethodType.methodType(String.class, int.class));
        MethodHandle bg = l.findStatic(LibHandleCombinators.class, "big", MethodType.methodType(String.class, int.class));
        MethodHandle size = MethodHandles.guardWithTest(test, sm, bg);
        System.out.println((String) size.invokeExact(3) + "; " + (String) size.invokeExact(30));

        MethodHandle k = MethodHandles.constant(String.class, "const");
        System.out.println(k.type() + " " + (String) k.invokeExact());
        MethodHandle seven = MethodHandles.constant(long.class, 7);
        System.out.println(seven.type() + " " + (long) seven.invokeExact());
        MethodHandle id = MethodHandles.identity(int.class);
        System.out.println(id.type() + " " + (int) id.invokeExact(11));

        MethodHandle describe = l.findStatic(LibHandleCombinators.class, "describe",
            MethodType.methodType(String.class, int.class, String.class, boolean.class));
        MethodHandle swapped = MethodHandles.permuteArguments(describe,
            MethodType.methodType(String.class, boolean.class, String.class, int.class), 2, 1, 0);
        System.out.println(swapped.type() + " " + (String) swapped.invokeExact(true, "apple", 3));
        MethodHandle dup = MethodHandles.permuteArguments(add, MethodType.methodType(int.class, int.class), 0, 0);
        System.out.println((int) dup.invokeExact(21));

        MethodHandle parse = l.findStatic(LibHandleCombinators.class, "parse", MethodType.methodType(int.class, String.class));
        MethodHandle recover = l.findStatic(LibHandleCombinators.class, "recover",
            MethodType.methodType(String.class, NumberFormatException.class, String.class));
        MethodHandle parseText = MethodHandles.filterReturnValue(parse,
            l.findStatic(String.class, "valueOf", MethodType.methodType(String.class, int.class)));
        MethodHandle safe = MethodHandles.catchException(parseText, NumberFormatException.class, recover);
        System.out.println((String) safe.invokeExact("42") + "; " + (String) safe.invokeExact("4x2"));

        MethodHandle wide = add.asType(MethodType.methodType(Object.class, Object.class, Object.class));
        System.out.println(wide.type() + " " + wide.invokeExact((Object) 2, (Object) 3));
        MethodHandle twice = l.findStatic(LibHandleCombinators.class, "twice", MethodType.methodType(long.class, long.class));
        MethodHandle twiceInt = twice.asType(MethodType.methodType(long.class, int.class));
        System.out.println((long) twiceInt.invokeExact(21));
        MethodHandle boxed = add.asType(MethodType.methodType(Integer.class, Integer.class, int.class));
        System.out.println((Integer) boxed.invokeExact(Integer.valueOf(4), 5));
        MethodHandle widened = add.asType(MethodType.methodType(double.class, short.class, char.class));
        System.out.println((double) widened.invokeExact((short) 1, 'A'));
        System.out.println((long) add.invoke(40, 2) + " " + (Object) add.invoke((Object) 1, (Object) 2));
        System.out.println(twice.invoke(5) + " " + twice.invokeWithArguments(6));
        try {
            add.asType(MethodType.methodType(int.class, String.class, int.class));
        } catch (WrongMethodTypeException e) {
            System.out.println("WMTE " + e.getMessage());
        }
        try {
            add.asType(MethodType.methodType(int.class, int.class));
        } catch (WrongMethodTypeException e) {
            System.out.println("WMTE " + e.getMessage());
        }
        try {
            twice.asType(MethodType.methodType(int.class, long.class));
        } catch (WrongMethodTypeException e) {
            System.out.println("WMTE " + e.getMessage());
        }
        try {
            Object r = (int) add.invokeExact(1L, 2);
        } catch (WrongMethodTypeException e) {
            System.out.println("WMTE " + e.getMessage());
        }
        try {
            Object r = wide.invokeExact((Object) "x", (Object) 3);
        } catch (ClassCastException e) {
            System.out.println("CCE " + e.getMessage());
        }

        MethodHandle sum = l.findStatic(LibHandleCombinators.class, "sum", MethodType.methodType(int.class, int[].class));
        MethodHandle sum3 = sum.asCollector(int[].class, 3);
        System.out.println(sum3.type() + " " + (int) sum3.invokeExact(1, 2, 3));
        MethodHandle spread = add.asSpreader(Object[].class, 2);
        System.out.println(spread.type() + " " + (int) spread.invokeExact(new Object[] {5, 6}));
        MethodHandle joinAll = l.findStatic(LibHandleCombinators.class, "joinAll",
            MethodType.methodType(String.class, String.class, String[].class));
        MethodHandle join3 = joinAll.asCollector(String[].class, 3);
        System.out.println((String) join3.invokeExact("/", "a", "b", "c"));

        MethodType mt = MethodType.methodType(String.class, int.class, String.class);
        System.out.println(mt.wrap() + " " + mt.generic() + " " + mt.erase() + " " + mt.hasPrimitives());
        System.out.println(mt.appendParameterTypes(long.class) + " " + mt.changeParameterType(0, Object.class) + " " + mt.lastParameterType());
        System.out.println(MethodType.methodType(Integer.class, Long.class).unwrap() + " " + mt.dropParameterTypes(0, 1).parameterList());
    }
}
