public class Doubles {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 1.0, -1.5, 0.1, 0.2 + 0.1, 1.0 / 3, 2.0 / 3, 100.0, 1234567.0, 12345678.0,
            1e7, 1e-3, 9.99e-4, 1e21, 1e-10, 123.456, Math.sqrt(2), Math.PI, Math.E, 1e300 * 1e10, -1e300 * 1e10,
            0.0 / 0.0, Double.MAX_VALUE, Double.MIN_VALUE, 4.35, 100.5, 3.0e-5};
        for (double d : ds) System.out.println(d);
        float[] fs = {0.1f, 1.0f / 3, 1e10f, 3.14159f, -2.5f, 1e-5f, 16777216f, 0.3f};
        for (float f : fs) System.out.println(f);
        double nan = Double.NaN;
        System.out.println(nan < 1 || nan > 1 || nan == nan);
        System.out.println(nan != nan);
        System.out.println(5.5 % 2 + " " + -5.5 % 2);
        System.out.println(Math.floor(-2.5) + " " + Math.ceil(-2.5) + " " + Math.abs(-3.25));
        System.out.println(Math.max(1.5, 2.5) + " " + Math.min(-0.0, 0.0));
        double sum = 0;
        for (int i = 1; i <= 100; i++) sum += 1.0 / i;
        System.out.println(sum);
        System.out.println((float) sum);
        System.out.println(1.0f * 3 / 7);
        long bits = 1L << 53;
        System.out.println((double) bits + 1);
        System.out.println((double) 123456789012L);
    }
}
