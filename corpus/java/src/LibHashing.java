import java.util.*;

public class LibHashing {
    static final class Key {
        final String a;
        final int b;
        Key(String a, int b) { this.a = a; this.b = b; }
        @Override public boolean equals(Object o) { return o instanceof Key k && k.a.equals(a) && k.b == b; }
        @Override public int hashCode() { return Objects.hash(a, b); }
        @Override public String toString() { return a + "#" + b; }
    }

    public static void main(String[] args) {
        Set<String> collide = new HashSet<>(List.of("Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "Bb"));
        System.out.println(collide + " " + "Aa".hashCode() + " " + "BB".hashCode());
        Map<Key, Integer> m = new HashMap<>();
        for (int i = 0; i < 20; i++) m.put(new Key("k" + (i % 4), i % 5), i);
        System.out.println(m.size() + " " + m.get(new Key("k1", 1)) + " " + m.containsKey(new Key("k9", 0)));
        System.out.println(m);
        Set<Integer> ints = new HashSet<>();
        for (int i = 0; i < 40; i++) ints.add(i * i * 31 - 500);
        System.out.println(ints);
        Map<Double, String> dk = new HashMap<>();
        for (double d : new double[] {0.1, -0.0, 0.0, 1e10, Double.NaN, 2.5}) dk.put(d, Double.toString(d));
        System.out.println(dk + " " + dk.get(Double.NaN));
        Map<Long, Character> lk = new LinkedHashMap<>();
        for (long v = 1; v < 1L << 40; v *= 37) lk.put(v, (char) ('a' + lk.size()));
        System.out.println(lk);
        Map<Boolean, List<Character>> bk = new HashMap<>();
        for (char ch : "hash map".toCharArray()) bk.computeIfAbsent(Character.isLetter(ch), x -> new ArrayList<>()).add(ch);
        System.out.println(bk + " " + Boolean.hashCode(true) + " " + Character.hashCode('z') + " " + Long.hashCode(1L << 40) + " " + Double.hashCode(1.5));
        HashMap<String, Integer> grow = new HashMap<>(2);
        for (String s : "one two three four five six seven eight nine ten eleven twelve thirteen".split(" ")) grow.put(s, s.length());
        grow.keySet().removeIf(s -> s.startsWith("t"));
        System.out.println(grow + " " + List.of(1, 2, 3).hashCode() + " " + Set.of(4, 5).hashCode() + " " + Map.of("a", 1).hashCode() + " " + new Key("x", 1).hashCode());
        Map<String, Integer> copy = new HashMap<>(grow);
        copy.put("zero", 0);
        System.out.println(copy + " " + copy.equals(grow) + " " + grow.entrySet().iterator().next());
    }
}
