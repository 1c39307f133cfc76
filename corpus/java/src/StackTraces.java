/** printStackTrace() prints the `\tat` lines, as an uncaught exception does. */
public class StackTraces {
    static void level3(int x) {
        if (x > 0) throw new IllegalArgumentException("bad " + x);
    }
    static void level2(int x) { level3(x); }

    public static void main(String[] args) throws Exception {
        try {
            level2(5);
        } catch (IllegalArgumentException e) {
            e.printStackTrace();
        }
        try {
            int[] a = new int[2];
            a[3] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            e.printStackTrace();
        }
        Runnable r = () -> level2(7);
        try {
            r.run();
        } catch (RuntimeException e) {
            e.printStackTrace();
        }
        System.out.println("end");
    }
}
