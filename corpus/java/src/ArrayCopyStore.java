import java.util.Arrays;

public class ArrayCopyStore {
    static void attempt(String what, Object src, int sp, Object dst, int dp, int n) {
        try {
            System.arraycopy(src, sp, dst, dp, n);
            System.out.println(what + ": ok");
        } catch (RuntimeException e) {
            System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int[] ints = {1, 2, 3};
        long[] longs = new long[3];
        Object[] objects = {"a", "b", 3, "d"};
        String[] strings = new String[4];
        CharSequence[] seqs = new CharSequence[4];
        Integer[] boxes = {7, 8};
        char[] chars = "xyz".toCharArray();
        char[] chars2 = new char[3];
        attempt("int[] into Object[]", ints, 0, objects, 0, 1);
        attempt("Object[] into int[]", objects, 0, ints, 0, 1);
        attempt("int[] into long[]", ints, 0, longs, 0, 1);
        attempt("long[] into int[]", longs, 0, ints, 0, 1);
        attempt("String into int[]", "abc", 0, ints, 0, 1);
        attempt("int[] into String", ints, 0, "abc", 0, 1);
        attempt("Integer into Object[]", 5, 0, objects, 0, 1);
        attempt("null src", null, 0, objects, 0, 1);
        attempt("null dst", objects, 0, null, 0, 1);
        attempt("Object[] into String[]", objects, 0, strings, 0, 4);
        System.out.println(Arrays.toString(strings));
        attempt("Object[] into CharSequence[]", objects, 1, seqs, 0, 3);
        System.out.println(Arrays.toString(seqs));
        attempt("Integer[] into String[]", boxes, 0, strings, 2, 2);
        System.out.println(Arrays.toString(strings));
        attempt("String[] into Object[]", new String[] {"p", "q"}, 0, objects, 0, 2);
        System.out.println(Arrays.toString(objects));
        attempt("String[] into CharSequence[]", new String[] {"r", "s"}, 0, seqs, 2, 2);
        System.out.println(Arrays.toString(seqs));
        attempt("Object[] of strings into String[]", new Object[] {"m", null, "n"}, 0, strings, 1, 3);
        System.out.println(Arrays.toString(strings));
        attempt("mismatch out of bounds", objects, 3, strings, 0, 4);
        attempt("type mismatch out of bounds", ints, 0, longs, 0, 9);
        attempt("Integer[] into String[], none", boxes, 0, strings, 0, 0);
        attempt("host char[] into char[]", chars, 0, chars2, 0, 3);
        System.out.println(new String(chars2));
        attempt("host char[] into Object[]", chars, 0, objects, 0, 3);
        Object[][] grid = new Object[2][];
        int[][] matrix = {{1}, {2}};
        attempt("int[][] into Object[][]", matrix, 0, grid, 0, 2);
        System.out.println(grid[1] == (Object) matrix[1]);
        attempt("Object[][] into int[][]", new Object[][] {{"x"}}, 0, matrix, 0, 1);
        String[] words = "a,b,c".split(",");
        attempt("split into Object[]", words, 0, objects, 1, 3);
        System.out.println(Arrays.toString(objects));
    }
}
