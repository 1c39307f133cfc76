import java.io.Serializable;
import java.util.Arrays;

// instanceof and checkcast of array types: primitive arrays, Object[] covariance, arrays of
// arrays, Cloneable and Serializable.
public class ArrayTypes {
    interface Shape {}
    static class Square implements Shape {}
    static class Circle implements Shape {}

    static String kind(Object o) {
        if (o instanceof int[] a) return "int[" + a.length + "]";
        if (o instanceof long[]) return "long[]";
        if (o instanceof char[] c) return "char[] " + new String(c);
        if (o instanceof short[]) return "short[]";
        if (o instanceof double[]) return "double[]";
        if (o instanceof float[]) return "float[]";
        if (o instanceof byte[]) return "byte[]";
        if (o instanceof int[][] m) return "int[][" + m.length + "]";
        if (o instanceof String[] s) return "String[] " + String.join(",", s);
        if (o instanceof Shape[]) return "Shape[]";
        if (o instanceof Object[] a) return "Object[" + a.length + "]";
        return "not an array: " + o;
    }

    public static void main(String[] args) {
        Object[] values = {new int[3], new long[1], "xy".toCharArray(), new short[2], new double[0], new float[1],
                new byte[4], new int[][] {{1}, {2, 3}}, new String[] {"a", "b"}, new Shape[] {new Square(), new Circle()},
                new Object[] {1, "two"}, "plain"};
        for (Object v : values) {
            System.out.println(kind(v) + " " + (v instanceof Cloneable) + " " + (v instanceof Serializable)
                    + " " + (v instanceof Object[]));
        }
        Square[] squares = {new Square(), null};
        Shape[] shapes = squares;
        Object[] objects = shapes;
        System.out.println((objects instanceof Shape[]) + " " + (shapes instanceof Square[]) + " " + (objects instanceof Circle[]));
        Shape[] back = (Shape[]) objects;
        System.out.println(back.length + " " + (back[1] == null));
        Object o = new int[] {5, 6};
        int[] ints = (int[]) o;
        System.out.println(Arrays.toString(ints));
        try {
            long[] bad = (long[]) o;
            System.out.println("no exception " + bad.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException for long[]");
        }
        try {
            Object[] bad = (Object[]) o;
            System.out.println("no exception " + bad.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException for Object[]");
        }
        try {
            Object notArray = "text";
            String[] bad = (String[]) notArray;
            System.out.println("no exception " + bad.length);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException for String[]");
        }
        Object grid = new String[][] {{"p", "q"}, {"r"}};
        System.out.println((grid instanceof String[][]) + " " + (grid instanceof Object[][]) + " " + (grid instanceof Object[])
                + " " + (grid instanceof int[][]) + " " + Arrays.deepToString((Object[][]) grid));
        Cloneable c = (Cloneable) new int[] {7};
        Serializable s = (Serializable) new double[] {0.5};
        System.out.println(Arrays.toString((int[]) c) + " " + Arrays.toString((double[]) s));
        Object[] mixed = {new int[] {1, 2}, new String[] {"z"}, new char[] {'h', 'i'}, null};
        System.out.println(Arrays.deepToString(mixed));
        System.out.println(Arrays.deepEquals(new Object[] {new int[] {1}, "s"}, new Object[] {new int[] {1}, "s"}));
    }
}
