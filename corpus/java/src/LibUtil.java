import java.util.*;
import java.util.function.*;

public class LibUtil {
    record Person(String name, int age) {}

    static Optional<String> find(List<String> xs, String prefix) {
        for (String x : xs) if (x.startsWith(prefix)) return Optional.of(x);
        return Optional.empty();
    }

    public static void main(String[] args) {
        int[] a = {9, 4, 7, 1, 8, 2};
        int[] b = Arrays.copyOf(a, 8);
        Arrays.sort(a);
        System.out.println(Arrays.toString(a) + " " + Arrays.toString(b) + " " + Arrays.binarySearch(a, 7) + " " + Arrays.binarySearch(a, 5));
        int[] filled = new int[5];
        Arrays.fill(filled, 3);
        System.out.println(Arrays.toString(filled) + " " + Arrays.equals(filled, new int[] {3, 3, 3, 3, 3}) + " " + Arrays.hashCode(filled) + " " + Arrays.toString(Arrays.copyOfRange(a, 1, 4)));
        double[] ds = {3.5, -1.0, 2.25};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds) + " " + Arrays.toString(new boolean[] {true, false}) + " " + Arrays.toString(new char[] {'h', 'i'}));
        String[] words = {"pear", "Apple", "fig", "banana", "kiwi"};
        Arrays.sort(words);
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, Comparator.comparing(String::length).thenComparing(Function.identity()));
        System.out.println(Arrays.toString(words));
        Arrays.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println(String.join(",", words));
        List<Person> people = new ArrayList<>(List.of(new Person("Ann", 31), new Person("Bob", 25), new Person("Cid", 31), new Person("Dee", 19)));
        people.sort(Comparator.comparingInt(Person::age).reversed().thenComparing(Person::name, Comparator.reverseOrder()));
        System.out.println(people);
        people.sort(Comparator.comparing(Person::name).reversed());
        for (Person p : people) System.out.print(p.name() + " ");
        System.out.println();
        List<Integer> nums = new ArrayList<>(List.of(4, 2, 9, 2, 7));
        Collections.reverse(nums);
        System.out.println(nums + " " + Collections.frequency(nums, 2) + " " + Collections.max(nums, Comparator.reverseOrder()) + " " + Collections.nCopies(3, "ab"));
        Collections.swap(nums, 0, 4);
        Collections.sort(nums, Collections.reverseOrder());
        System.out.println(nums + " " + Collections.emptyList() + " " + Collections.unmodifiableList(nums).size());
        List<String> names = List.of("alice", "bob", "carol");
        System.out.println(find(names, "b") + " " + find(names, "z") + " " + find(names, "c").map(String::toUpperCase).orElse("none") + " " + find(names, "q").orElseGet(() -> "gen"));
        find(names, "a").ifPresent(s -> System.out.println("present " + s));
        Optional<Integer> len = find(names, "car").map(String::length).filter(n -> n > 3);
        System.out.println(len.isPresent() + " " + len.get() + " " + Optional.ofNullable(null).isEmpty());
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.hashCode(null) + " " + Objects.toString(null, "dflt") + " " + Objects.requireNonNullElse(null, "e") + " " + Objects.isNull(null));
        try {
            Objects.requireNonNull(null, "must not be null");
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try {
            Optional.empty().get();
        } catch (NoSuchElementException e) {
            System.out.println(e.getMessage());
        }
        BinaryOperator<Integer> mul = (x, y) -> x * y;
        UnaryOperator<String> twice = s -> s + s;
        Predicate<String> empty = String::isEmpty;
        System.out.println(mul.apply(6, 7) + " " + twice.apply("ha") + " " + empty.negate().test("") + " " + empty.or(s -> s.length() > 3).test("long"));
        Function<Integer, Integer> inc = x -> x + 1;
        System.out.println(inc.andThen(x -> x * 10).apply(1) + " " + inc.compose((Integer x) -> x * 10).apply(1));
        Map<String, Integer> ages = new TreeMap<>();
        for (Person p : people) ages.put(p.name(), p.age());
        List<Map.Entry<String, Integer>> es = new ArrayList<>(ages.entrySet());
        es.sort(Map.Entry.comparingByValue());
        System.out.println(es);
    }
}
