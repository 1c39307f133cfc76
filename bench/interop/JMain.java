public class JMain {
    public static void main(String[] a) {
        long s = 0;
        for (long i = 0; i < 1000000; i++) s += Pyl.f(i);
        System.out.println(s);
    }
}
