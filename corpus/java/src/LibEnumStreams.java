import java.util.*;
import java.util.stream.*;

/** EnumMap, EnumSet, LongStream and Collectors. */
public class LibEnumStreams {
    enum Day { MON, TUE, WED, THU, FRI, SAT, SUN }
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    public static void main(String[] args) {
        EnumMap<Day, Integer> hours = new EnumMap<>(Day.class);
        hours.put(Day.FRI, 6);
        hours.put(Day.MON, 8);
        hours.put(Day.WED, 7);
        hours.merge(Day.MON, 1, Integer::sum);
        System.out.println(hours + " " + hours.size() + " " + hours.containsKey(Day.SUN) + " " + hours.get(Day.MON));
        for (Map.Entry<Day, Integer> e : hours.entrySet()) System.out.print(e.getKey().ordinal() + ":" + e.getValue() + " ");
        System.out.println();
        EnumMap<Day, Integer> copy = new EnumMap<>(hours);
        copy.remove(Day.WED);
        System.out.println(copy + " " + hours.keySet() + " " + hours.values());

        EnumSet<Day> weekend = EnumSet.of(Day.SUN, Day.SAT);
        EnumSet<Day> all = EnumSet.allOf(Day.class);
        EnumSet<Day> none = EnumSet.noneOf(Day.class);
        none.add(Day.THU);
        none.add(Day.TUE);
        all.removeAll(weekend);
        System.out.println(weekend + " " + all + " " + none + " " + weekend.contains(Day.SAT) + " " + none.contains(Day.SAT));
        System.out.println(EnumSet.complementOf(EnumSet.copyOf(all)) + " " + EnumSet.allOf(Suit.class));
        System.out.println(EnumSet.range(Day.TUE, Day.WED) + " " + EnumSet.range(Day.SUN, Day.SUN));

        System.out.println(LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b));
        System.out.println(LongStream.range(0, 100000).filter(x -> x % 3 == 0).sum());
        System.out.println(LongStream.of(5, 3, 9, 1).sorted().boxed().collect(Collectors.toList()) + " "
            + LongStream.of(4, 8).average().getAsDouble() + " " + LongStream.of(2, 7, 3).max().getAsLong());
        System.out.println(IntStream.range(0, 5).mapToLong(i -> (long) i * 1_000_000_000L).sum());
        System.out.println(Stream.of("a", "bb", "cc", "ddd").mapToLong(String::length).sum());

        List<String> words = List.of("apple", "avocado", "banana", "blueberry", "cherry", "cranberry", "date");
        Map<Character, List<String>> byLetter = words.stream().collect(Collectors.groupingBy(w -> w.charAt(0)));
        System.out.println(byLetter);
        Map<Integer, Long> byLength = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));
        System.out.println(byLength);
        System.out.println(words.stream().filter(w -> w.length() > 5).collect(Collectors.joining(", ", "[", "]")));
        Map<String, Integer> lengths = words.stream().collect(Collectors.toMap(w -> w, String::length));
        System.out.println(new TreeMap<>(lengths));
        System.out.println(words.stream().collect(Collectors.counting()) + " " + IntStream.rangeClosed(1, 5).boxed().collect(Collectors.toList()));

        // The shared index iterator: forward, reverse, removal; Map.of and Map.ofEntries.
        ArrayDeque<Integer> deque = new ArrayDeque<>(List.of(1, 2, 3, 4, 5, 6));
        for (Iterator<Integer> it = deque.descendingIterator(); it.hasNext();) if (it.next() % 2 == 0) it.remove();
        LinkedList<String> linked = new LinkedList<>(List.of("x", "y", "z"));
        StringBuilder back = new StringBuilder();
        for (Iterator<String> it = linked.descendingIterator(); it.hasNext();) back.append(it.next());
        ArrayList<Integer> list = new ArrayList<>(List.of(5, 10, 15, 20));
        for (Iterator<Integer> it = list.iterator(); it.hasNext();) if (it.next() > 12) it.remove();
        ListIterator<Integer> li = list.listIterator();
        while (li.hasNext()) li.set(li.next() * 2);
        System.out.println(deque + " " + back + " " + list + " " + li.previous());
        System.out.println(Map.of("a", 1, "b", 2, "c", 3).size() + " " + Map.of("k", "v") + " "
            + Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2)).get("two"));
    }
}
