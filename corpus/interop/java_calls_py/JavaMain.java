// Java calling Python through native methods (class Pylib).
public class JavaMain {
    public static void main(String[] args) {
        long best = 0;
        long arg = 0;
        for (long n = 1; n < 30; n++) {
            long s = Pylib.collatz_steps(n);
            if (s > best) {
                best = s;
                arg = n;
            }
        }
        System.out.println("longest collatz below 30: " + arg + " (" + best + " steps)");
        System.out.println(Pylib.shout("hello from java"));
        System.out.println(Pylib.mean(2.5, 4.0));
        System.out.println(Pylib.big_product(123456, 654321));
    }
}
