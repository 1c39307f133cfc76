// loop: a tight integer loop over 64-bit integers (wrapping long arithmetic).
public class Loop {
    public static void main(String[] args) {
        final long n = 200000000L;
        long sum = 0;
        for (long i = 0; i < n; i++) {
            sum += i ^ (i >> 3);
        }
        System.out.println(sum);
    }
}
