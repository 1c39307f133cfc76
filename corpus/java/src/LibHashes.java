import java.util.*;

public class LibHashes {
    record Pair(String name, int count) {}
    record Mixed(double d, float f, long l, boolean b, char c, Pair p) {}
    enum Color { RED, GREEN, BLUE }

    public static void main(String[] args) {
        float[] floats = { 0.0f, -0.0f, 1.5f, 3.25f, -7.75f, Float.NaN, Float.MAX_VALUE, 1e-40f, 100.125f };
        for (float f : floats) {
            System.out.println(f + " " + Float.hashCode(f) + " " + Float.valueOf(f).hashCode() + " "
                + Float.floatToIntBits(f) + " " + Float.floatToRawIntBits(f) + " " + Float.intBitsToFloat(Float.floatToIntBits(f)));
        }
        System.out.println(Float.valueOf(0.0f).equals(-0.0f) + " " + Float.valueOf(Float.NaN).equals(Float.NaN));
        double[] doubles = { 0.0, -0.0, 1.5, 0.1, -123.456, Double.NaN, 1e300 };
        for (double d : doubles) {
            System.out.println(d + " " + Double.hashCode(d) + " " + Double.valueOf(d).hashCode());
        }
        long[] longs = { 0L, -1L, 1L << 40, Long.MIN_VALUE, 123456789012345L };
        for (long l : longs) {
            System.out.println(l + " " + Long.hashCode(l) + " " + Long.valueOf(l).hashCode());
        }
        System.out.println(Boolean.hashCode(true) + " " + Boolean.FALSE.hashCode() + " " + Character.hashCode('z')
            + " " + Character.valueOf('A').hashCode() + " " + Integer.hashCode(-5) + " " + Short.valueOf((short) -3).hashCode()
            + " " + Byte.valueOf((byte) 7).hashCode());
        System.out.println("hello".hashCode() + " " + "".hashCode() + " " + "The quick brown fox".hashCode());
        System.out.println(Arrays.hashCode(new int[] {1, 2, 3}) + " " + Arrays.hashCode(new long[] {1L << 33, -1})
            + " " + Arrays.hashCode(new double[] {0.5, -2.0}) + " " + Arrays.hashCode(new float[] {0.5f, -2.0f})
            + " " + Arrays.hashCode(new char[] {'a', 'b'}) + " " + Arrays.hashCode(new boolean[] {true, false})
            + " " + Arrays.hashCode(new String[] {"a", null, "c"}) + " " + Arrays.hashCode((int[]) null));
        System.out.println(List.of(1, 2, 3).hashCode() + " " + new ArrayList<>(List.of("x", "y")).hashCode()
            + " " + new LinkedList<>(List.of(1.5, 2.5)).hashCode() + " " + Arrays.asList("a", "b").hashCode());
        System.out.println(Set.of(1, 2, 3).hashCode() + " " + new HashSet<>(List.of("p", "q")).hashCode()
            + " " + Map.of("k", 1).hashCode() + " " + new TreeMap<>(Map.of("a", 1, "b", 2)).hashCode());
        System.out.println(new Pair("a", 1).hashCode() + " " + new Pair(null, 0).hashCode() + " "
            + new Mixed(1.5, 2.5f, 7L, true, 'q', new Pair("z", 9)).hashCode());
        System.out.println(Objects.hash(1, "a", 2.5) + " " + Objects.hashCode(null) + " " + Optional.of("v").hashCode());

        Map<Float, String> fm = new HashMap<>();
        for (float f : new float[] { 0.5f, 1.0f, 2.0f, 3.5f, 100.0f, -1.0f, 0.1f, 7.25f, 1e10f }) {
            fm.put(f, "v" + f);
        }
        System.out.println(fm);
        Set<Double> ds = new HashSet<>(List.of(0.5, 1.0, 2.0, 3.5, 100.0, -1.0, 0.1, 7.25, 1e10));
        System.out.println(ds);
        Set<Long> ls = new HashSet<>(List.of(1L << 32, 5L, -5L, 1L << 40, 99L));
        System.out.println(ls);
        Set<Character> cs = new HashSet<>(List.of('z', 'a', 'M', '0', '~'));
        System.out.println(cs);
        Set<Pair> ps = new HashSet<>();
        for (int i = 0; i < 6; i++) ps.add(new Pair("n" + i, i * 7));
        System.out.println(ps);
        Map<List<Integer>, String> lm = new HashMap<>();
        lm.put(List.of(1, 2), "a");
        lm.put(List.of(3), "b");
        lm.put(List.of(), "c");
        lm.put(List.of(9, 9, 9), "d");
        System.out.println(lm);
        // Enum keys: HashMap's order depends on identity hashes; the sorted views do not.
        Map<Color, Integer> em = new HashMap<>();
        for (Color c : Color.values()) em.put(c, c.ordinal());
        System.out.println(new TreeMap<>(em) + " " + new EnumMap<>(em) + " " + em.size());
        System.out.println(Color.GREEN.name().hashCode() + " " + Color.BLUE.ordinal());
    }
}
