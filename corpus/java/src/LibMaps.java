import java.util.*;

public class LibMaps {
    record Point(int x, int y) {}

    public static void main(String[] args) {
        Map<String, Integer> counts = new HashMap<>();
        String text = "the quick brown fox jumps over the lazy dog the end fox";
        for (String w : text.split(" ")) counts.merge(w, 1, Integer::sum);
        System.out.println(counts);
        System.out.println(counts.get("the") + " " + counts.getOrDefault("cat", 0) + " " + counts.containsKey("fox"));
        Map<Integer, String> big = new HashMap<>();
        for (int i = 0; i < 100; i += 7) big.put(i * 31 % 97, "v" + i);
        System.out.println(big);
        big.remove(0);
        big.keySet().removeIf(k -> k > 50);
        System.out.println(big.keySet() + " " + big.values());
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < 20; i++) groups.computeIfAbsent(i % 3 == 0 ? "three" : i % 2 == 0 ? "even" : "odd", k -> new ArrayList<>()).add(i);
        for (Map.Entry<String, List<Integer>> e : groups.entrySet()) System.out.println(e.getKey() + " -> " + e.getValue());
        Map<String, Integer> many = new HashMap<>();
        for (int i = 0; i < 50; i++) many.put("key" + i, i);
        StringBuilder sb = new StringBuilder();
        for (String k : many.keySet()) sb.append(k).append(' ');
        System.out.println(sb);

        Map<String, Integer> linked = new LinkedHashMap<>();
        linked.put("zebra", 1);
        linked.put("apple", 2);
        linked.put("mango", 3);
        linked.put("apple", 4);
        System.out.println(linked);
        linked.remove("zebra");
        linked.put("zebra", 5);
        System.out.println(linked + " " + linked.size());

        TreeMap<String, Integer> tree = new TreeMap<>(counts);
        System.out.println(tree);
        System.out.println(tree.firstKey() + " " + tree.lastKey() + " " + tree.floorKey("m") + " " + tree.ceilingKey("m")
                + " " + tree.higherKey("the") + " " + tree.lowerKey("brown"));
        System.out.println(tree.headMap("fox") + " " + tree.tailMap("quick"));
        TreeMap<Integer, String> byLen = new TreeMap<>(Comparator.reverseOrder());
        for (String w : tree.keySet()) byLen.put(w.length(), w);
        System.out.println(byLen + " " + byLen.pollFirstEntry());

        Map<Point, String> pts = new HashMap<>();
        pts.put(new Point(1, 2), "a");
        pts.put(new Point(3, 4), "b");
        System.out.println(pts.get(new Point(1, 2)) + " " + pts.containsKey(new Point(3, 4)) + " " + pts.size());
        Map<Integer, Integer> sq = new TreeMap<>();
        for (int i = 5; i > 0; i--) sq.put(i, i * i);
        sq.replaceAll((k, v) -> v + k);
        sq.forEach((k, v) -> System.out.print(k + ":" + v + " "));
        System.out.println();
        System.out.println(counts.equals(new HashMap<>(counts)) + " " + new HashMap<>().isEmpty());
        Map<Character, Integer> freq = new TreeMap<>();
        for (char c : "mississippi".toCharArray()) freq.put(c, freq.getOrDefault(c, 0) + 1);
        System.out.println(freq);
    }
}
