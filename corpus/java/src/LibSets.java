import java.util.*;

public class LibSets {
    public static void main(String[] args) {
        Set<String> words = new HashSet<>();
        for (String w : "to be or not to be that is the question".split(" ")) words.add(w);
        System.out.println(words + " " + words.size() + " " + words.contains("be") + " " + words.add("to"));
        Set<Integer> nums = new HashSet<>();
        for (int i = 0; i < 30; i++) nums.add(i * 37 % 101);
        System.out.println(nums);
        nums.retainAll(Set.of(1, 2, 3, 37, 74));
        System.out.println(nums);
        Set<String> linked = new LinkedHashSet<>(Arrays.asList("pear", "fig", "apple", "fig"));
        System.out.println(linked);
        TreeSet<String> sorted = new TreeSet<>(words);
        System.out.println(sorted + " " + sorted.first() + " " + sorted.last() + " " + sorted.ceiling("p") + " " + sorted.floor("p"));
        System.out.println(sorted.headSet("or") + " " + sorted.tailSet("that") + " " + sorted.descendingSet());
        TreeSet<Integer> byDesc = new TreeSet<>((a, b) -> b - a);
        for (int i = 0; i < 10; i++) byDesc.add(i * 7 % 10);
        System.out.println(byDesc + " " + byDesc.pollFirst() + " " + byDesc);
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int v : new int[] {5, 1, 8, 3, 9, 2, 7}) pq.offer(v);
        System.out.println(pq + " peek=" + pq.peek());
        StringBuilder out = new StringBuilder();
        while (!pq.isEmpty()) out.append(pq.poll()).append(' ');
        System.out.println(out);
        PriorityQueue<String> maxq = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        maxq.addAll(List.of("ccc", "a", "bb", "dddd", "b", "aa"));
        System.out.println(maxq);
        maxq.remove("bb");
        System.out.println(maxq + " " + maxq.size());
        PriorityQueue<int[]> dist = new PriorityQueue<>((x, y) -> Integer.compare(x[1], y[1]));
        dist.add(new int[] {0, 10});
        dist.add(new int[] {1, 3});
        dist.add(new int[] {2, 7});
        while (!dist.isEmpty()) {
            int[] e = dist.poll();
            System.out.print(e[0] + ":" + e[1] + " ");
        }
        System.out.println();
        Set<Character> seen = new HashSet<>();
        StringBuilder dups = new StringBuilder();
        for (char c : "programming".toCharArray()) if (!seen.add(c)) dups.append(c);
        System.out.println(dups + " " + seen);
        System.out.println(new HashSet<>(List.of(1, 2, 3)).equals(new TreeSet<>(List.of(3, 2, 1))));
    }
}
