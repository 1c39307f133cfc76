import java.util.function.*;

interface Op {
    int apply(int a, int b);
    default Op twice() { return (a, b) -> apply(apply(a, b), b); }
}

interface Visitor {
    String visit(String s);
}

public class Lambdas {
    int base = 100;
    static int square(int x) { return x * x; }
    int addBase(int x) { return x + base; }
    static int fold(int[] xs, int init, IntBinaryOperator op) {
        int acc = init;
        for (int x : xs) acc = op.applyAsInt(acc, x);
        return acc;
    }
    static String apply(Visitor v, String s) { return v.visit(s); }
    public static void main(String[] args) {
        Op add = (a, b) -> a + b;
        Op mul = (a, b) -> a * b;
        System.out.println(add.apply(3, 4) + " " + mul.apply(3, 4) + " " + add.twice().apply(3, 4));
        int offset = 10;
        IntUnaryOperator shift = x -> x + offset;
        IntUnaryOperator sq = Lambdas::square;
        System.out.println(shift.applyAsInt(5) + " " + sq.applyAsInt(7));
        Lambdas self = new Lambdas();
        IntUnaryOperator bound = self::addBase;
        System.out.println(bound.applyAsInt(1));
        int[] xs = {1, 2, 3, 4, 5};
        System.out.println(fold(xs, 0, (a, b) -> a + b) + " " + fold(xs, 1, (a, b) -> a * b) + " " + fold(xs, 0, Math::max));
        String prefix = ">> ";
        System.out.println(apply(s -> prefix + s + "!", "hi"));
        Function<String, String> upperish = s -> s + s;
        Supplier<String> sup = () -> "supplied";
        Predicate<String> empty = String::isEmpty;
        BiFunction<String, String, String> join = (a, b) -> a + "+" + b;
        System.out.println(upperish.apply("ab") + " " + sup.get() + " " + empty.test("") + " " + empty.test("x") + " " + join.apply("l", "r"));
        Runnable r = () -> System.out.println("run " + offset);
        r.run();
        IntPredicate even = n -> n % 2 == 0;
        int evens = 0;
        for (int i = 0; i < 10; i++) if (even.test(i)) evens++;
        System.out.println(evens);
        Supplier<StringBuilder> mk = StringBuilder::new;
        System.out.println(mk.get().append("built").toString());
        DoubleUnaryOperator half = d -> d / 2;
        System.out.println(half.applyAsDouble(5));
        Consumer<String> printer = System.out::println;
        printer.accept("via method ref");
    }
}
