import java.util.*;

public class LibMath {
    public static void main(String[] args) {
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2.5, 3.5) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0, 0));
        System.out.println(Math.exp(1) + " " + Math.log(10) + " " + Math.log10(1000) + " " + Math.sqrt(2));
        System.out.println(Math.sin(Math.PI / 6) + " " + Math.cos(0) + " " + Math.tan(Math.PI / 4) + " " + Math.atan2(1, 1));
        System.out.println(Math.hypot(3, 4) + " " + Math.cbrt(27) + " " + Math.abs(-7.5) + " " + Math.abs(-3));
        System.out.println(Math.round(2.5) + " " + Math.round(-2.5) + " " + Math.round(2.4f) + " " + Math.floor(-1.1) + " " + Math.ceil(-1.1) + " " + Math.rint(2.5));
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + (-7 / 2) + " " + (-7 % 2) + " " + Math.floorMod(7L, -3L));
        System.out.println(Math.max(3, 9) + " " + Math.min(-1L, 4L) + " " + Math.max(1.5, -0.0) + " " + Math.signum(-4.2) + " " + Math.toDegrees(Math.PI));
        try {
            Math.addExact(Integer.MAX_VALUE, 1);
        } catch (ArithmeticException e) {
            System.out.println("overflow: " + e.getMessage());
        }
        Random r = new Random(42);
        System.out.println(r.nextInt() + " " + r.nextInt(100) + " " + r.nextInt(64) + " " + r.nextLong() + " " + r.nextBoolean());
        System.out.println(r.nextDouble() + " " + r.nextFloat() + " " + r.nextGaussian() + " " + r.nextGaussian());
        int[] hist = new int[6];
        Random dice = new Random(2024);
        for (int i = 0; i < 6000; i++) hist[dice.nextInt(6)]++;
        System.out.println(Arrays.toString(hist));
        List<Integer> deck = new ArrayList<>();
        for (int i = 1; i <= 10; i++) deck.add(i);
        Collections.shuffle(deck, new Random(7));
        System.out.println(deck);
        Random s = new Random(1);
        s.setSeed(99);
        System.out.println(s.nextInt(1000) + " " + s.nextInt(5, 10));
        double acc = 0;
        for (int i = 1; i <= 10; i++) acc += 1.0 / i;
        System.out.println(acc);
        long bits = Double.doubleToLongBits(1.5);
        System.out.println(bits + " " + Double.longBitsToDouble(bits) + " " + Long.toHexString(bits));
        System.out.println(Integer.MIN_VALUE + " " + Long.MAX_VALUE + " " + Double.MAX_VALUE + " " + Double.MIN_VALUE + " " + Float.MAX_VALUE);
        System.out.println(Integer.signum(-9) + " " + Integer.reverse(1) + " " + Integer.highestOneBit(100) + " " + Integer.numberOfTrailingZeros(96) + " " + Long.numberOfLeadingZeros(1L));
    }
}
