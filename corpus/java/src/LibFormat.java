public class LibFormat {
    public static void main(String[] args) {
        double[] tricky = {0.125, 2.675, 1e20, -0.0, 0.0 / 0.0, 1.0 / 0.0, -1.0 / 0.0, 1.005, 0.5, 1.5, 2.5, 123456.789, 1e-7, 9.995, 0.05};
        for (double v : tricky) {
            System.out.println(String.format("%.2f|%f|%.0f|%e|%.3e|%10.2f|%-10.1f|%s", v, v, v, v, v, v, v, v));
        }
        System.out.printf("%d %5d %-5d| %05d %,d %+d %x %X %o%n", 42, 42, 42, 42, 1234567, 42, 255, 255, 8);
        System.out.printf("%d %,d %x%n", -42, -9876543210L, -1);
        System.out.printf("%s %10s %-10s| %S %.3s%n", "hi", "right", "left", "upper", "truncate");
        System.out.printf("%c %c %b %b %b %%%n", 'x', 65, true, null, "s");
        System.out.printf("%,.2f %+.1f %08.3f %(.2f%n", 1234567.891, 3.14159, -3.14159, -2.5);
        System.out.printf("%2$s %1$s%n", "world", "hello");
        String s = String.format("[%6.2f] [%-8s] [%3d]", Math.PI, "ab", 7);
        System.out.println(s + " " + s.length());
        System.out.println(String.format("%.15f %.17f %.1f", 0.1, 0.1, 0.05));
        System.out.println(String.format("%e %E %.0e", 12345.6789, 0.000123, 5.5));
        System.out.println(String.format("%.2f %.2f %.2f", 1e-10, 999.999, 0.015));
        float f = 1.1f;
        System.out.println(String.format("%.3f %s", f, f) + " " + f + " " + (f * 3));
        long big = Long.MAX_VALUE;
        System.out.println(String.format("%d %x", big, big));
        System.out.println("" + 1.0 + " " + 100.0 / 3 + " " + 1e7 + " " + 1.0E-3 + " " + 123456789.0 + " " + (float) 0.1 + " " + -0.0);
        System.out.println(String.valueOf(2.5) + Double.toString(3e-5) + " " + Float.toString(2.5f));
    }
}
