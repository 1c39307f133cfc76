public class Recursion {
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static long fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }
    static int ack(int m, int n) {
        if (m == 0) return n + 1;
        if (n == 0) return ack(m - 1, 1);
        return ack(m - 1, ack(m, n - 1));
    }
    static int moves;
    static void hanoi(int n, int from, int to, int via) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to);
        moves++;
        hanoi(n - 1, via, to, from);
    }
    static long gcd(long a, long b) { return b == 0 ? a : gcd(b, a % b); }
    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }
    static double power(double x, int n) { return n == 0 ? 1 : x * power(x, n - 1); }
    public static void main(String[] args) {
        System.out.println(fib(25));
        System.out.println(fact(20));
        System.out.println(ack(2, 3));
        hanoi(10, 1, 3, 2);
        System.out.println(moves);
        System.out.println(gcd(1071, 462) + " " + gcd(1L << 40, 6L << 20));
        System.out.println(isEven(100) + " " + isOdd(7));
        System.out.println(power(1.5, 10));
    }
}
