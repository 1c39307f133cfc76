import java.util.*;
import java.util.stream.*;

public class LibWords {
    public static void main(String[] args) {
        String text = """
            It was the best of times, it was the worst of times, it was the age of wisdom,
            it was the age of foolishness, it was the epoch of belief, it was the epoch of
            incredulity, it was the season of Light, it was the season of Darkness.
            """;
        Map<String, Integer> freq = new HashMap<>();
        for (String raw : text.split("\\s+")) {
            String w = raw.replace(",", "").replace(".", "").toLowerCase();
            if (!w.isEmpty()) freq.merge(w, 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(freq.entrySet());
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        System.out.printf("%-12s %5s%n", "word", "count");
        for (Map.Entry<String, Integer> e : entries.subList(0, 8)) System.out.printf("%-12s %5d%n", e.getKey(), e.getValue());
        System.out.println(freq.size() + " distinct, " + freq.values().stream().mapToInt(Integer::intValue).sum() + " total");
        Map<Integer, List<String>> byLen = new TreeMap<>();
        for (String w : new TreeSet<>(freq.keySet())) byLen.computeIfAbsent(w.length(), k -> new ArrayList<>()).add(w);
        byLen.forEach((len, ws) -> System.out.println(len + ": " + String.join(" ", ws)));
        String longest = Collections.max(freq.keySet(), Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        System.out.println("longest " + longest + " reversed " + new StringBuilder(longest).reverse());
        Map<Character, Long> initials = freq.keySet().stream().collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.counting()));
        System.out.println(initials);
        String caps = Arrays.stream(text.trim().split("\\s+")).limit(6).map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).collect(Collectors.joining(" "));
        System.out.println(caps);
        StringBuilder acr = new StringBuilder();
        for (String w : "portable network graphics".split(" ")) acr.append(Character.toUpperCase(w.charAt(0)));
        System.out.println(acr + " " + "racecar".equals(new StringBuilder("racecar").reverse().toString()) + " " + String.format("%08.3f|%+,d", Math.E, 1234567));
    }
}
