public class Arith {
    static int idiv(int a, int b) { return a / b; }
    static int irem(int a, int b) { return a % b; }
    public static void main(String[] args) {
        int max = Integer.MAX_VALUE, min = Integer.MIN_VALUE;
        System.out.println(max + 1);
        System.out.println(min - 1);
        System.out.println(max * 2);
        System.out.println(idiv(min, -1));
        System.out.println(irem(min, -1));
        System.out.println(idiv(-7, 2) + " " + irem(-7, 2) + " " + idiv(7, -2) + " " + irem(7, -2));
        System.out.println((-17 >> 2) + " " + (-17 >>> 28) + " " + (1 << 33) + " " + (5 << -1));
        System.out.println((byte) 200 + " " + (short) 70000 + " " + (int) (char) -1 + " " + (char) 65);
        long big = Long.MAX_VALUE;
        System.out.println(big + 1);
        System.out.println(big / -1 + " " + Long.MIN_VALUE / -1);
        System.out.println((-9L >> 1) + " " + (-9L >>> 60) + " " + (1L << 65));
        System.out.println((int) 3.99 + " " + (int) -3.99 + " " + (int) 1e20 + " " + (int) -1e20 + " " + (int) Double.NaN);
        System.out.println((long) 1e30 + " " + (long) Float.NaN + " " + (long) -2.5f);
        System.out.println((int) big + " " + (long) min + " " + (short) big);
        System.out.println(7 & 3 | 8 ^ 5);
        System.out.println(~42 + " " + -(-42) + " " + ~0L);
        int x = 10;
        x += 5; x -= 3; x *= 4; x /= 5; x %= 7; x <<= 3; x >>= 1; x ^= 0xff;
        System.out.println(x);
        long acc = 1;
        for (int i = 1; i <= 20; i++) acc *= i;
        System.out.println(acc);
        System.out.println(Math.abs(-5) + " " + Math.abs(-5L) + " " + Math.max(3, 9) + " " + Math.min(3, 9) + " " + Math.max(-2L, -8L) + " " + Math.min(-2L, -8L));
        System.out.println(Math.abs(Integer.MIN_VALUE));
    }
}
