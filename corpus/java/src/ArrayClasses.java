import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

// Arrays know their class: getClass() of arrays, Class.getName/getSimpleName/getComponentType/
// isArray/isPrimitive, exact instanceof and checkcast (HotSpot's ClassCastException message),
// ArrayStoreException, clone/copyOf/toArray keep the class, java.lang.reflect.Array.
public class ArrayClasses {
    interface Shape {}
    static class Square implements Shape {}
    enum Color { RED, GREEN }

    static void describe(Object a) {
        Class<?> c = a.getClass();
        Class<?> e = c.getComponentType();
        System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c.isArray() + " | " + e.getName() + " "
                + e.isPrimitive() + " " + e.isArray() + " | " + Array.getLength(a));
    }

    static String varargs(Object... xs) { return xs.getClass().getSimpleName() + xs.length; }
    static String strings(String... xs) { return xs.getClass().getName() + xs.length; }

    public static void main(String[] args) {
        System.out.println(args.getClass().getName() + " " + args.length);
        Object[] all = {new int[1], new byte[2], new boolean[3], new char[0], new short[1], new long[2], new float[1],
                new double[1], new String[2], new Object[0], new Shape[1], new Square[2], new int[2][3], new String[1][],
                Color.values(), new Integer[0]};
        for (Object a : all) describe(a);
        int[][] grid = new int[2][3];
        System.out.println(grid[0].getClass().getName() + " " + (grid.getClass().getComponentType() == int[].class)
                + " " + (int[].class.getComponentType() == grid[1].getClass().getComponentType()));
        System.out.println((new String[0].getClass() == String[].class) + " " + (new int[0].getClass() == int[].class)
                + " " + (new Object[0].getClass() == String[].class));
        System.out.println(int[].class + " " + String[][].class.getSimpleName() + " " + Object[].class.getTypeName());

        // Exact tests: the array's class, not its elements.
        Object empty = new Object[0];
        Object strings = new Object[] {"a", "b"};
        Object realStrings = new String[] {"a", "b"};
        System.out.println((empty instanceof String[]) + " " + (strings instanceof String[]) + " "
                + (realStrings instanceof String[]) + " " + (realStrings instanceof Object[]) + " "
                + (realStrings instanceof Comparable[]) + " " + (realStrings instanceof CharSequence[]));
        Object bytes = new byte[1];
        Object bools = new boolean[1];
        System.out.println((bytes instanceof byte[]) + " " + (bytes instanceof boolean[]) + " " + (bools instanceof boolean[])
                + " " + (bools instanceof byte[]));
        Object squares = new Square[] {new Square()};
        Object matrix = new int[][] {{1}};
        System.out.println((squares instanceof Shape[]) + " " + (squares instanceof Object[]) + " " + (matrix instanceof Object[])
                + " " + (matrix instanceof int[][]) + " " + (matrix instanceof long[][]) + " " + (matrix instanceof Cloneable[]));
        try {
            String[] s = (String[]) empty;
            System.out.println("cast " + s.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
        try {
            Shape[] s = (Shape[]) (Object) new Integer[0];
            System.out.println("cast " + s.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
        try {
            int[] s = (int[]) bytes;
            System.out.println("cast " + s.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }

        // ArrayStoreException.
        Object[] numbers = new Integer[2];
        numbers[0] = 5;
        numbers[1] = null;
        try {
            numbers[1] = "five";
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Shape[] shapes = new Square[1];
        try {
            shapes[0] = new Shape() {};
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage().startsWith("ArrayClasses$"));
        }
        Object[] rows = new int[2][];
        rows[0] = new int[] {1};
        try {
            rows[1] = new long[1];
        } catch (ArrayStoreException e) {
            System.out.println("ArrayStoreException: " + e.getMessage());
        }
        Object[] objects = new Object[3];
        objects[0] = "s";
        objects[1] = 1;
        objects[2] = new int[0];
        System.out.println(Arrays.toString(numbers) + " " + objects.length);

        // clone, Arrays.copyOf, toArray keep the class.
        String[] names = {"x", "y"};
        System.out.println(names.clone().getClass().getSimpleName() + " " + Arrays.copyOf(names, 3).getClass().getName()
                + " " + Arrays.copyOfRange(names, 1, 2).getClass().getSimpleName() + " "
                + ((Object) shapes.clone()).getClass().getSimpleName());
        List<String> list = new ArrayList<>(List.of("p", "q", "r"));
        String[] fromList = list.toArray(new String[0]);
        System.out.println(fromList.getClass().getName() + " " + fromList.length + " " + list.toArray().getClass().getName()
                + " " + list.toArray(new String[5]).length);
        System.out.println(varargs(1, "a") + " " + strings("a", "b", "c"));

        // java.lang.reflect.Array.
        Object made = Array.newInstance(String.class, 2);
        Array.set(made, 1, "set");
        System.out.println(made.getClass().getName() + " " + Array.get(made, 1) + " " + Array.getLength(made)
                + " " + (made instanceof String[]));
        int[] ints = (int[]) Array.newInstance(int.class, 3);
        Array.set(ints, 2, 42);
        System.out.println(ints.getClass().getSimpleName() + " " + Array.get(ints, 2) + " " + Arrays.toString(ints));
        Object deep = Array.newInstance(int[].class, 2);
        System.out.println(deep.getClass().getName() + " " + (Array.newInstance(Color.class, 0) instanceof Color[]));
        try {
            Array.set(made, 0, 7);
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            Array.getLength("no");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        System.out.println(String[].class.isAssignableFrom(String[].class) + " " + Object[].class.isAssignableFrom(String[].class)
                + " " + String[].class.isAssignableFrom(Object[].class) + " " + Object.class.isAssignableFrom(int[].class)
                + " " + Object[].class.isAssignableFrom(int[].class) + " " + Object[].class.isInstance(new int[0][0]));
        Object[] flags = {new boolean[] {true, false}, new byte[] {1, 0}};
        System.out.println(Arrays.deepToString(flags) + " " + Arrays.deepEquals(flags, new Object[] {new boolean[] {true, false}, new byte[] {1, 0}})
                + " " + Arrays.deepEquals(new Object[] {new boolean[] {true}}, new Object[] {new byte[] {1}}));
    }
}
