// A library catalogue: the collection contracts real code leans on. Unmodifiable views and
// `List.of`/`Set.of`/`Map.of` refusing changes and nulls, `Iterator.remove`, `ListIterator.set`,
// `removeIf`, `Collectors` beyond the basics (`teeing`, `collectingAndThen`, `filtering`,
// `flatMapping`, `minBy`, `reducing`, `summarizing*`, `Collector.of`), and stream stages
// (`takeWhile`, `dropWhile`, `iterate` with a condition, `concat`, `mapMulti`, primitive streams).
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.IntSummaryStatistics;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListIterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

public class RealCollections {
    record Book(String title, String author, int year, double rating, List<String> tags) {}

    static final List<Book> BOOKS = List.of(
            new Book("Dune", "Herbert", 1965, 4.3, List.of("sf", "classic")),
            new Book("Neuromancer", "Gibson", 1984, 3.9, List.of("sf", "cyberpunk")),
            new Book("Emma", "Austen", 1815, 4.0, List.of("classic", "romance")),
            new Book("Persuasion", "Austen", 1817, 4.2, List.of("classic", "romance")),
            new Book("Count Zero", "Gibson", 1986, 3.8, List.of("sf", "cyberpunk")),
            new Book("Hyperion", "Simmons", 1989, 4.25, List.of("sf")),
            new Book("Middlemarch", "Eliot", 1871, 4.0, List.of("classic")));

    static void attempt(String what, Runnable action) {
        try {
            action.run();
            System.out.println(what + ": ok");
        } catch (UnsupportedOperationException e) {
            System.out.println(what + ": unsupported");
        } catch (NullPointerException e) {
            System.out.println(what + ": null refused");
        } catch (IllegalArgumentException | IllegalStateException | IndexOutOfBoundsException e) {
            System.out.println(what + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    static void immutability() {
        List<String> fixed = List.of("a", "b", "c");
        attempt("List.of add", () -> fixed.add("d"));
        attempt("List.of set", () -> fixed.set(0, "z"));
        attempt("List.of remove absent", () -> fixed.remove("zz"));
        attempt("List.of clear", fixed::clear);
        attempt("List.of sort", () -> fixed.sort(null));
        attempt("List.of null element", () -> List.of("x", null));
        attempt("List.of contains null", () -> fixed.contains(null));
        attempt("List.of iterator remove", () -> {
            Iterator<String> it = fixed.iterator();
            it.next();
            it.remove();
        });
        attempt("List.copyOf with null", () -> List.copyOf(java.util.Arrays.asList("p", null)));
        attempt("Set.of duplicate", () -> Set.of("x", "y", "x"));
        attempt("Map.of duplicate key", () -> Map.of("k", 1, "k", 2));
        attempt("Map.of null value", () -> Map.of("k", null));
        Map<String, Integer> ages = Map.of("ann", 31, "bob", 27);
        attempt("Map.of put", () -> ages.put("cy", 40));
        attempt("Map.of merge", () -> ages.merge("ann", 1, Integer::sum));
        attempt("Map.of putIfAbsent present", () -> ages.putIfAbsent("ann", 1));
        attempt("Map.entry setValue", () -> Map.entry("a", 1).setValue(2));
        System.out.println("ages get " + ages.get("bob") + " size " + ages.size() + " has ann " + ages.containsKey("ann")
                + " sum " + ages.values().stream().mapToInt(Integer::intValue).sum());

        List<String> backing = new ArrayList<>(List.of("x", "y"));
        List<String> view = Collections.unmodifiableList(backing);
        attempt("unmodifiable add", () -> view.add("q"));
        attempt("unmodifiable listIterator set", () -> {
            ListIterator<String> it = view.listIterator();
            it.next();
            it.set("w");
        });
        backing.add("z");
        System.out.println("view sees backing: " + view + " size " + view.size() + " contains null " + view.contains(null)
                + " equals " + view.equals(List.of("x", "y", "z")) + " hash " + (view.hashCode() == backing.hashCode()));
        Map<String, List<String>> index = new TreeMap<>();
        index.put("k", backing);
        Map<String, List<String>> ro = Collections.unmodifiableMap(index);
        attempt("unmodifiable map remove", () -> ro.remove("k"));
        attempt("unmodifiable entry setValue", () -> ro.entrySet().iterator().next().setValue(null));
        attempt("unmodifiable keySet remove", () -> ro.keySet().remove("k"));
        attempt("emptyList add", () -> Collections.<String>emptyList().add("x"));
        attempt("singletonList set", () -> Collections.singletonList(1).set(0, 2));
        attempt("nCopies negative", () -> Collections.nCopies(-1, "x"));
        System.out.println(Collections.nCopies(3, "ab") + " " + Collections.emptyMap() + " " + Collections.singletonMap("one", 1)
                + " " + Collections.singleton(7) + " " + String.join("|", Collections.nCopies(2, "-")));
        attempt("Stream.toList add", () -> Stream.of(1, 2).toList().add(3));
        attempt("toUnmodifiableList add", () -> Stream.of(1, 2).collect(Collectors.toUnmodifiableList()).add(3));
        attempt("toUnmodifiableSet remove", () -> Stream.of(1, 2).collect(Collectors.toUnmodifiableSet()).remove(1));
        attempt("toUnmodifiableMap clear", () -> Stream.of("a", "bb").collect(Collectors.toUnmodifiableMap(s -> s, String::length)).clear());
        attempt("toMap duplicate", () -> Stream.of("a", "b", "a").collect(Collectors.toMap(s -> s, s -> 1)));
        System.out.println("collected " + Stream.of(1, 2).collect(Collectors.toList()).add(3) + " "
                + Stream.of("pear", "fig").collect(Collectors.toUnmodifiableMap(s -> s, String::length)).get("pear"));
    }

    static void iterators() {
        List<Integer> numbers = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            numbers.add(i * i % 17);
        }
        System.out.println("numbers " + numbers);
        for (Iterator<Integer> it = numbers.iterator(); it.hasNext();) {
            if (it.next() % 3 == 0) {
                it.remove();
            }
        }
        ListIterator<Integer> li = numbers.listIterator();
        while (li.hasNext()) {
            int index = li.nextIndex();
            int n = li.next();
            if (n > 10) {
                li.set(-n);
            } else if (index == 0) {
                li.add(100);
            }
        }
        System.out.println("edited  " + numbers);
        while (li.hasPrevious()) {
            if (li.previous() < 0) {
                li.remove();
            }
        }
        System.out.println("trimmed " + numbers + " removeIf " + numbers.removeIf(n -> n == 100) + " -> " + numbers);
        attempt("remove twice", () -> {
            Iterator<Integer> it = numbers.iterator();
            it.next();
            it.remove();
            it.remove();
        });
        Collection<String> words = new TreeSet<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        Collections.addAll(words, "kiwi", "fig", "apple", "plum", "date", "banana", "fig");
        System.out.println("words " + words);
    }

    static void collectors() {
        Map<String, Double> best = BOOKS.stream().collect(Collectors.groupingBy(Book::author, TreeMap::new,
                Collectors.collectingAndThen(Collectors.maxBy(Comparator.comparingDouble(Book::rating)), b -> b.get().rating())));
        System.out.println("best by author " + best);
        Map<String, Set<String>> tags = BOOKS.stream().collect(Collectors.groupingBy(Book::author, TreeMap::new,
                Collectors.flatMapping(b -> b.tags().stream(), Collectors.toCollection(TreeSet::new))));
        System.out.println("tags by author " + tags);
        Map<Integer, List<String>> modern = BOOKS.stream().collect(Collectors.groupingBy(b -> b.year() / 100 * 100, TreeMap::new,
                Collectors.filtering(b -> b.rating() >= 4.0, Collectors.mapping(Book::title, Collectors.toList()))));
        System.out.println("good by century " + modern);
        String range = BOOKS.stream().collect(Collectors.teeing(
                Collectors.minBy(Comparator.comparingInt(Book::year)),
                Collectors.maxBy(Comparator.comparingInt(Book::year)),
                (a, b) -> a.get().title() + ".." + b.get().title()));
        System.out.println("range " + range);
        IntSummaryStatistics years = BOOKS.stream().collect(Collectors.summarizingInt(Book::year));
        DoubleSummaryStatistics ratings = BOOKS.stream().collect(Collectors.summarizingDouble(Book::rating));
        System.out.println(years);
        System.out.println(ratings);
        System.out.printf("avg rating %.4f sum %.2f avg year %.2f%n", ratings.getAverage(),
                BOOKS.stream().collect(Collectors.summingDouble(Book::rating)),
                BOOKS.stream().collect(Collectors.averagingLong(Book::year)));
        Optional<String> longest = BOOKS.stream().map(Book::title).collect(Collectors.reducing((a, b) -> a.length() >= b.length() ? a : b));
        int letters = BOOKS.stream().collect(Collectors.reducing(0, b -> b.title().length(), Integer::sum));
        System.out.println("longest " + longest.orElseThrow() + " letters " + letters + " minBy empty "
                + Stream.<Book>empty().collect(Collectors.minBy(Comparator.comparing(Book::title))));
        Collector<String, StringJoiner, String> bracketed = Collector.of(
                () -> new StringJoiner(" ", "<", ">"), StringJoiner::add, StringJoiner::merge, StringJoiner::toString);
        System.out.println(BOOKS.stream().map(Book::author).distinct().collect(bracketed));
        Map<String, Long> perTag = BOOKS.stream().flatMap(b -> b.tags().stream())
                .collect(Collectors.groupingBy(t -> t, LinkedHashMap::new, Collectors.counting()));
        System.out.println("per tag " + perTag);
        Map<Boolean, Long> split = BOOKS.stream().collect(Collectors.partitioningBy(b -> b.year() > 1900, Collectors.counting()));
        System.out.println("after 1900 " + split);
        Supplier<Stream<Book>> books = BOOKS::stream;
        System.out.println("sorted " + books.get().sorted(Comparator.comparing(Book::author).thenComparing(Book::year, Comparator.reverseOrder()))
                .map(b -> b.author() + ":" + b.year()).collect(Collectors.joining(",")));
        ArrayList<String> gathered = books.get().map(Book::title).collect(ArrayList::new, ArrayList::add, ArrayList::addAll);
        System.out.println("gathered " + gathered.subList(2, 5));
    }

    static void streams() {
        System.out.println(Stream.iterate(1, n -> n < 200, n -> n * 3).map(String::valueOf).collect(Collectors.joining(" ")));
        System.out.println(IntStream.rangeClosed(1, 20).takeWhile(n -> n * n < 50).boxed().toList() + " "
                + IntStream.rangeClosed(1, 10).dropWhile(n -> n < 7).sum());
        System.out.println(Stream.concat(Stream.of("a", "b"), Stream.of("c")).toList() + " " + Stream.ofNullable(null).count()
                + " " + Stream.<Integer>builder().add(4).add(5).build().mapToInt(i -> i).max().getAsInt());
        List<Object> flat = Stream.of(List.of(1, 2), List.of(3)).<Object>mapMulti((l, sink) -> l.forEach(sink)).toList();
        System.out.println("mapMulti " + flat);
        IntSummaryStatistics s = IntStream.of(5, 3, 9, 1).summaryStatistics();
        System.out.println(s.getMin() + " " + s.getMax() + " " + s.getAverage() + " " + s.getSum() + " " + new IntSummaryStatistics());
        System.out.println(LongStream.rangeClosed(1, 20).reduce(1, (a, b) -> a * b) + " " + LongStream.of(7).summaryStatistics());
        DoubleStream ds = DoubleStream.of(0.1, 0.2, 0.3, 1e-17, -0.6);
        System.out.println("double sum " + ds.sum() + " " + DoubleStream.iterate(1.0, d -> d / 2).limit(5).mapToObj(d -> String.format("%.3f", d)).toList());
        System.out.println(DoubleStream.of(2.5, -1, 4).filter(d -> d > 0).map(Math::sqrt).summaryStatistics());
        System.out.println(IntStream.range(0, 5).mapToDouble(i -> i / 4.0).boxed().toList() + " "
                + IntStream.of(3, 1, 2).flatMap(i -> IntStream.range(0, i)).boxed().toList() + " "
                + Stream.of("x", "yy", "zzz").flatMapToInt(String::chars).count());
        System.out.println(Optional.of(3).stream().map(i -> i * 2).toList() + " " + Optional.empty().or(() -> Optional.of("alt")).get()
                + " " + IntStream.empty().max().orElseGet(() -> -1) + " " + IntStream.of(4, 8).average().orElseThrow());
        StringBuilder closed = new StringBuilder();
        try (Stream<String> st = Stream.of("r").onClose(() -> closed.append("closed"))) {
            st.forEach(closed::append);
        }
        System.out.println(closed + " " + Objects.hash(1, "a", null) + " " + List.of(1, 2).hashCode() + " " + Map.of("a", 1).hashCode()
                + " " + Set.of(3, 4).hashCode() + " " + BOOKS.get(0).tags().equals(List.of("sf", "classic")));
    }

    public static void main(String[] args) {
        immutability();
        iterators();
        collectors();
        streams();
    }
}
