/** System.arraycopy's bounds errors, worded as HotSpot words them, for arrays of one class
 *  (primitive and reference) and of two. */
public class ArrayCopyBounds {
    static void attempt(Object src, int sp, Object dst, int dp, int n) {
        try {
            System.arraycopy(src, sp, dst, dp, n);
            System.out.println("ok");
        } catch (RuntimeException e) {
            System.out.println(e);
        }
    }

    public static void main(String[] args) {
        int[] x = new int[3];
        String[] s = new String[3];
        Object[] o = new Object[2];
        attempt(x, -1, x, 0, 1);
        attempt(x, 0, x, -1, 1);
        attempt(x, 0, x, 0, -1);
        attempt(x, 2, x, 0, 2);
        attempt(x, 0, x, 2, 2);
        attempt(x, 3, x, 0, 0);
        attempt(new char[2], 1, new char[5], 4, 2);
        attempt(new double[4], 0, new double[1], 0, 4);
        attempt(new boolean[1], 0, new boolean[1], 1, 1);
        attempt("ab".toCharArray(), 0, new char[1], 0, 2);
        attempt(s, 2, s, 0, 2);
        attempt(s, -2, o, 0, 1);
        attempt(s, 0, o, 1, 2);
        attempt(o, 0, s, 0, 3);
        attempt(o, 0, o, Integer.MAX_VALUE, 1);
        attempt(new long[2], 1, new long[2], 0, Integer.MAX_VALUE);
    }
}
