// Exceptions the JVM raises itself, with their exact messages; ends with an uncaught
// ArrayIndexOutOfBoundsException.
public class Bounds {
    static int[] data = new int[3];

    static void report(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            System.out.println(e);
        }
    }

    public static void main(String[] args) {
        report(() -> data[5] = 1);
        report(() -> System.out.println(data[-1]));
        report(() -> System.out.println(new long[args.length + 2].length));
        report(() -> System.out.println(new String[args.length - 1].length));
        report(() -> System.out.println(new double[args.length - 4].length));
        report(() -> System.out.println("abc".charAt(3)));
        report(() -> System.out.println(new StringBuilder("xy").charAt(7)));
        report(() -> System.out.println(data.length / (data[0] - data[1])));
        report(() -> System.out.println(10L % data[2]));
        Object[] objs = new Object[2];
        report(() -> objs[2] = "x");
        System.out.println("done " + data.length);
        int i = args.length + 4;
        data[i] = 7;
        System.out.println("unreachable");
    }
}
