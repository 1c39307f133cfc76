public class JBase {
    static long g(long x) { return x; }
    public static void main(String[] a) {
        long s = 0;
        for (long i = 0; i < 1000000; i++) s += g(i);
        System.out.println(s);
    }
}
