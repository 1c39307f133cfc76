// any_loop: s = s + i for i in 0..20,000,000 (long; Java has no dynamic typing to compare with).
public class AnyLoop {
    public static void main(String[] args) {
        long s = 0;
        for (long i = 0; i < 20000000L; i++) s += i;
        System.out.println(s);
    }
}
