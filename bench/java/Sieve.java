// sieve: sieve of Eratosthenes over a byte-per-number array up to N, repeated.
public class Sieve {
    public static void main(String[] args) {
        final int n = 8000000;
        final int repeat = 3;
        byte[] flags = new byte[n + 1];
        int count = 0;
        for (int r = 0; r < repeat; r++) {
            for (int i = 2; i <= n; i++) flags[i] = 1;
            for (long i = 2; i * i <= n; i++) {
                if (flags[(int) i] != 0) {
                    for (long j = i * i; j <= n; j += i) flags[(int) j] = 0;
                }
            }
            count = 0;
            for (int k = 2; k <= n; k++) {
                if (flags[k] != 0) count++;
            }
        }
        System.out.println(count);
    }
}
