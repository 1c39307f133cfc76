// A warehouse inventory keyed the way business code keys things: HashMaps and HashSets of
// strings, boxed numbers, enums-by-name and records (whose iteration order follows their hash
// codes, so it must be the JDK's), `equals`/`hashCode` contracts of records, lists and strings,
// `Objects.hash`, `computeIfAbsent`/`merge`/`compute`, and a restock simulation over days.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

public class RealInventory {
    record Sku(String category, int number) {
        Sku {
            if (number <= 0) {
                throw new IllegalArgumentException("bad sku number " + number);
            }
            category = category.toUpperCase();
        }

        static Sku parse(String text) {
            String[] parts = text.split("-");
            return new Sku(parts[0], Integer.parseInt(parts[1]));
        }

        @Override
        public String toString() {
            return category + "-" + String.format("%04d", number);
        }
    }

    record Stock(Sku sku, int onHand, int reorderAt, double unitCost) {
        Stock withOnHand(int n) {
            return new Stock(sku, n, reorderAt, unitCost);
        }

        boolean low() {
            return onHand <= reorderAt;
        }
    }

    static final class Location {
        private final String aisle;
        private final int shelf;

        Location(String aisle, int shelf) {
            this.aisle = aisle;
            this.shelf = shelf;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Location l && l.aisle.equals(aisle) && l.shelf == shelf;
        }

        @Override
        public int hashCode() {
            return Objects.hash(aisle, shelf);
        }

        @Override
        public String toString() {
            return aisle + shelf;
        }
    }

    public static void main(String[] args) {
        Map<Sku, Stock> stock = new HashMap<>();
        String[] skus = {"tool-12", "tool-7", "food-3", "food-41", "toy-5", "toy-500", "book-1", "book-22", "garden-9", "paint-88", "tool-3", "food-2"};
        int i = 0;
        for (String s : skus) {
            Sku sku = Sku.parse(s);
            stock.put(sku, new Stock(sku, 10 + (i * 7) % 23, 8, 1.25 * (i + 1)));
            i++;
        }
        System.out.println("stock keys in hash order: " + stock.keySet());
        System.out.println("sku hashes " + new Sku("tool", 12).hashCode() + " " + new Stock(Sku.parse("toy-5"), 1, 2, 0.5).hashCode()
                + " equal " + Sku.parse("Tool-12").equals(new Sku("TOOL", 12)));
        try {
            Sku.parse("bad-0");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }

        Map<String, List<Sku>> byCategory = new HashMap<>();
        for (Sku sku : stock.keySet()) {
            byCategory.computeIfAbsent(sku.category(), k -> new ArrayList<>()).add(sku);
        }
        byCategory.values().forEach(l -> l.sort(Comparator.comparingInt(Sku::number)));
        System.out.println("by category " + byCategory);

        Map<Location, Set<Sku>> placement = new HashMap<>();
        int k = 0;
        for (Sku sku : new TreeMap<String, Sku>(Map.of("a", Sku.parse("tool-12"), "b", Sku.parse("food-3"), "c", Sku.parse("toy-5"), "d", Sku.parse("book-1"))).values()) {
            placement.computeIfAbsent(new Location(k % 2 == 0 ? "A" : "B", k / 2), x -> new LinkedHashSet<>()).add(sku);
            placement.computeIfAbsent(new Location("A", 0), x -> new LinkedHashSet<>()).add(sku);
            k++;
        }
        System.out.println("placement " + placement + " A0 hash " + new Location("A", 0).hashCode());

        Map<String, Integer> sales = new HashMap<>();
        long seed = 7;
        List<Sku> keys = new ArrayList<>(stock.keySet());
        keys.sort(Comparator.comparing(Sku::toString));
        for (int day = 1; day <= 6; day++) {
            List<String> reorders = new ArrayList<>();
            for (Sku sku : keys) {
                seed = (seed * 48271) % 2147483647;
                int sold = (int) (seed % 6);
                stock.compute(sku, (key, st) -> st.withOnHand(Math.max(0, st.onHand() - sold)));
                sales.merge(sku.category(), sold, Integer::sum);
                if (stock.get(sku).low()) {
                    reorders.add(sku.toString());
                    stock.computeIfPresent(sku, (key, st) -> st.withOnHand(st.onHand() + 20));
                }
            }
            System.out.println("day " + day + " reorders " + reorders);
        }
        System.out.println("sales " + sales);
        double value = stock.values().stream().mapToDouble(s -> s.onHand() * s.unitCost()).sum();
        System.out.printf("inventory value %.2f over %d skus%n", value, stock.size());

        Set<String> seen = new HashSet<>();
        List<String> dups = new ArrayList<>();
        for (String w : "the cat and the hat and the bat sat on the mat".split(" ")) {
            if (!seen.add(w)) {
                dups.add(w);
            }
        }
        System.out.println("seen " + seen + " dups " + dups);
        Set<Integer> numbers = new HashSet<>();
        for (int n = 0; n < 40; n++) {
            numbers.add(n * 37 % 101 - 20);
        }
        numbers.removeIf(n -> n % 3 == 0);
        System.out.println("numbers " + numbers);
        Map<Long, String> longs = new HashMap<>();
        for (long n : new long[] {1L << 33, -1, 42, 1L << 40 | 5, Long.MIN_VALUE, 0}) {
            longs.put(n, Long.toHexString(n));
        }
        System.out.println("longs " + longs);
        Map<Double, Integer> doubles = new HashMap<>();
        for (double d : new double[] {0.5, -0.0, 0.0, 1e10, Double.NaN, 3.25}) {
            doubles.merge(d, 1, Integer::sum);
        }
        System.out.println("doubles " + doubles);
        Map<Character, Integer> chars = new HashMap<>();
        for (char c : "Mississippi River".toCharArray()) {
            chars.merge(c, 1, Integer::sum);
        }
        System.out.println("chars " + chars);
        Map<Boolean, String> bools = new HashMap<>(Map.of(true, "yes", false, "no"));
        System.out.println("bools " + bools + " hashes " + Boolean.hashCode(true) + " " + Character.hashCode('x') + " " + Double.hashCode(1.5) + " " + Long.hashCode(-1L));

        Map<String, Integer> big = new HashMap<>();
        for (int n = 0; n < 100; n++) {
            big.put("key" + n, n);
        }
        Iterator<Map.Entry<String, Integer>> it = big.entrySet().iterator();
        while (it.hasNext()) {
            if (it.next().getValue() % 4 != 0) {
                it.remove();
            }
        }
        big.replaceAll((key, v) -> v / 4);
        System.out.println("big " + big.size() + " " + big);
        System.out.println("hash of list " + List.of("a", "b").hashCode() + " set " + Set.of(1, 2, 3).hashCode() + " map " + Map.of("k", 1).hashCode()
                + " Objects.hash " + Objects.hash("a", 1, 2.5, null, 'c', true) + " arrays " + java.util.Arrays.hashCode(new int[] {1, 2}) + " deep "
                + java.util.Arrays.deepHashCode(new Object[] {new int[] {1}, "x"}) + " string " + "inventory".hashCode() + " enum-name " + "NEW".hashCode());
        Map<String, Integer> copy = new HashMap<>(big);
        copy.keySet().retainAll(Set.of("key0", "key4", "key99"));
        System.out.println("copy " + copy + " equals " + copy.equals(Map.of("key0", 0, "key4", 1)) + " containsValue " + copy.containsValue(1)
                + " getOrDefault " + copy.getOrDefault("nope", -1) + " putIfAbsent " + copy.putIfAbsent("key0", 9) + " remove(k,v) " + copy.remove("key4", 2));
    }
}
