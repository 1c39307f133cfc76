// aastore's check after the VM has approved a store (array.store_known caches pairs of array
// class and value type): a later store of another type into an array of the same class, or of
// the same type into an array of another class, must still be checked; covariance through
// Object[] / Number[] / Comparable[] views; arrays stored as values; getClass() of every kind of
// value (string, instance, box, enum, lambda, arrays, null).
import java.util.function.Supplier;

public class ArrayStoreCache {
    enum Suit { HEARTS, SPADES }
    static class Animal {}
    static class Dog extends Animal {}
    static class Cat extends Animal {}

    static String store(Object[] a, int i, Object v) {
        try {
            a[i] = v;
            return "ok";
        } catch (ArrayStoreException e) {
            return "ASE(" + e.getMessage() + ")";
        }
    }

    public static void main(String[] args) {
        Object[] dogs = new Dog[4];
        Object[] animals = new Animal[4];
        // The same value types, over and over: the first store of each pair is checked, the
        // rest are cached; the failing pairs must fail every time.
        for (int round = 0; round < 3; round++) {
            StringBuilder sb = new StringBuilder();
            sb.append(store(dogs, 0, new Dog())).append(' ');
            sb.append(store(dogs, 1, new Cat())).append(' ');
            sb.append(store(animals, 0, new Cat())).append(' ');
            sb.append(store(animals, 1, new Dog())).append(' ');
            sb.append(store(dogs, 2, "a string")).append(' ');
            sb.append(store(animals, 2, Integer.valueOf(round))).append(' ');
            sb.append(store(dogs, 3, null));
            System.out.println(sb);
        }
        // Strings: String[] takes them, Integer[] does not; Comparable[] and CharSequence[] do.
        Object[] strings = new String[2];
        Object[] integers = new Integer[2];
        Object[] comparables = new Comparable[3];
        Object[] chars = new CharSequence[2];
        for (int round = 0; round < 2; round++) {
            System.out.println(store(strings, 0, "s") + " " + store(integers, 0, "s") + " "
                    + store(comparables, 0, "s") + " " + store(comparables, 1, 7) + " "
                    + store(comparables, 2, new Dog()) + " " + store(chars, 0, "t") + " "
                    + store(chars, 1, 5) + " " + store(strings, 1, 3));
        }
        // Numbers: boxes of several classes into Number[] and Integer[].
        Object[] numbers = new Number[3];
        for (int round = 0; round < 2; round++) {
            System.out.println(store(numbers, 0, 1) + " " + store(numbers, 1, 2.5) + " " + store(numbers, 2, 'c')
                    + " " + store(integers, 1, 4L));
        }
        // Arrays as values: int[] into Object[] and int[][], String[] into Object[][] rows.
        Object[] ints2 = new int[2][];
        Object[] rows = new Object[2][];
        Object[] stringRows = new String[2][];
        for (int round = 0; round < 2; round++) {
            System.out.println(store(ints2, 0, new int[1]) + " " + store(ints2, 1, new long[1]) + " "
                    + store(rows, 0, new String[1]) + " " + store(rows, 1, new int[1]) + " "
                    + store(stringRows, 0, new String[1]) + " " + store(stringRows, 1, new Object[1]));
        }
        // Enums and lambdas.
        Object[] suits = new Suit[2];
        Object[] suppliers = new Supplier[2];
        Supplier<String> hello = () -> "hello";
        for (int round = 0; round < 2; round++) {
            System.out.println(store(suits, 0, Suit.SPADES) + " " + store(suits, 1, "HEARTS") + " "
                    + store(suppliers, 0, hello) + " " + store(suppliers, 1, Suit.HEARTS));
        }
        // A plain Object[] takes anything; so does an Object[] made by copying.
        Object[] anything = new Object[3];
        Object[] copied = java.util.Arrays.copyOf(new Object[] {1}, 3);
        System.out.println(store(anything, 0, "s") + " " + store(anything, 1, new int[0]) + " " + store(copied, 2, new Dog())
                + " " + store(copied, 1, "s"));
        // getClass() of every kind of value.
        Object[] values = {"text", new Dog(), 42, 'c', 2.5, Suit.HEARTS, new int[1], new String[0][],
                new Object[0], new StringBuilder(), hello.getClass() == hello.getClass(), new Object()};
        for (Object v : values) {
            Class<?> c = v.getClass();
            System.out.println(c.getName() + " " + c.isArray() + " " + (c == v.getClass()));
        }
        System.out.println(hello.getClass().getName().startsWith("ArrayStoreCache$$Lambda"));
        Object nothing = args.length > 5 ? "x" : null;
        try {
            System.out.println(nothing.getClass());
        } catch (NullPointerException e) {
            System.out.println("NullPointerException");
        }
    }
}
