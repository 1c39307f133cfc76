public class Uncaught {
    static void check(int v) {
        if (v > 2) throw new IllegalStateException("value too large: " + v);
        System.out.println("ok " + v);
    }
    public static void main(String[] args) {
        for (int i = 0; i < 5; i++) check(i);
        System.out.println("not reached");
    }
}
