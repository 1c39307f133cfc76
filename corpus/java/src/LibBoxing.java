import java.util.*;
import java.util.function.*;

public class LibBoxing {
    static int sum(List<Integer> xs) {
        int s = 0;
        for (int x : xs) s += x;
        return s;
    }
    public static void main(String[] args) {
        Integer a = 127, b = 127, c = 128, d = 128;
        System.out.println(a == b);
        System.out.println(c == d);
        System.out.println(c.equals(d));
        Long l = 5L;
        Double x = 2.5;
        Character ch = 'z';
        Boolean t = true;
        System.out.println(a + " " + l + " " + x + " " + ch + " " + t);
        System.out.println(a.hashCode() + " " + l.hashCode() + " " + x.hashCode() + " " + ch.hashCode() + " " + t.hashCode());
        System.out.println(a.compareTo(c) + " " + x.compareTo(1.0) + " " + Integer.valueOf(7).intValue());
        Function<Integer, Integer> sq = n -> n * n;
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        Supplier<Double> half = () -> 0.5;
        System.out.println(sq.apply(12) + " " + add.apply(3, 4) + " " + half.get());
        List<Integer> xs = new ArrayList<>();
        for (int i = 0; i < 10; i++) xs.add(i * i);
        System.out.println(xs + " sum=" + sum(xs));
        Object o = 42;
        System.out.println(o instanceof Integer);
        System.out.println(Integer.toBinaryString(42) + " " + Integer.toHexString(-1) + " " + Long.toHexString(255L));
        System.out.println(Integer.parseInt("-123") + Integer.valueOf("77"));
        System.out.println(Double.compare(0.0, -0.0) + " " + Double.isNaN(0.0 / 0.0));
        System.out.println(1.0 / 3 + " " + 1e-5 + " " + 100.0f + " " + 1e21);
        System.out.println(Character.isLetter('q') + " " + Character.toUpperCase('q') + " " + Character.isWhitespace(' '));
        System.out.println(Integer.MAX_VALUE + 1);
        System.out.println(Objects.equals(a, 127) + " " + Objects.hash(1, 2, 3));
    }
}
