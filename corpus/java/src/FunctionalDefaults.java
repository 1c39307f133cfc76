import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.*;

// Default and static methods of the functional interfaces: composing, chaining, negating.
public class FunctionalDefaults {
    record Person(String name, int age) {}

    public static void main(String[] args) {
        IntUnaryOperator inc = x -> x + 1;
        IntUnaryOperator dbl = x -> x * 2;
        System.out.println(inc.andThen(dbl).applyAsInt(5) + " " + inc.compose(dbl).applyAsInt(5));
        System.out.println(IntUnaryOperator.identity().applyAsInt(42));
        LongUnaryOperator sq = x -> x * x;
        System.out.println(sq.andThen(x -> x - 1).applyAsLong(100000L) + " " + LongUnaryOperator.identity().applyAsLong(-7L));
        DoubleUnaryOperator half = x -> x / 2;
        System.out.println(half.compose(x -> x + 1).applyAsDouble(3.0) + " " + DoubleUnaryOperator.identity().applyAsDouble(0.25));
        IntPredicate even = x -> x % 2 == 0;
        IntPredicate big = x -> x > 10;
        StringBuilder sb = new StringBuilder();
        for (int i = 8; i <= 13; i++) {
            sb.append(even.and(big).test(i) ? 'A' : '.').append(even.or(big).test(i) ? 'O' : '.')
                    .append(even.negate().test(i) ? 'N' : '.').append(' ');
        }
        System.out.println(sb);
        List<Integer> seen = new ArrayList<>();
        IntConsumer first = seen::add;
        first.andThen(x -> seen.add(-x)).accept(3);
        System.out.println(seen);

        Function<String, Integer> len = String::length;
        Function<Integer, String> stars = n -> "*".repeat(n);
        System.out.println(len.andThen(stars).apply("four") + " " + stars.compose(len).apply("ab") + " " + Function.<String>identity().apply("id"));
        Predicate<String> empty = String::isEmpty;
        Predicate<String> shortS = s -> s.length() < 3;
        for (String s : new String[] {"", "ab", "abcd"}) {
            System.out.println("[" + s + "] " + empty.negate().test(s) + " " + empty.or(shortS).test(s) + " "
                    + empty.negate().and(shortS).test(s) + " " + Predicate.not(shortS).test(s) + " " + Predicate.isEqual("ab").test(s));
        }
        BiFunction<Integer, Integer, Integer> add = Integer::sum;
        System.out.println(add.andThen(n -> n * 10).apply(2, 3));
        UnaryOperator<String> up = String::toUpperCase;
        System.out.println(up.andThen(s -> s + "!").apply("hi"));

        List<Person> people = new ArrayList<>(List.of(new Person("Cy", 30), new Person("Al", 25), new Person("Bo", 30),
                new Person("Ann", 25), new Person("Di", 41)));
        people.sort(Comparator.comparingInt(Person::age).thenComparing(Person::name));
        System.out.println(people);
        people.sort(Comparator.comparing(Person::name, Comparator.reverseOrder()));
        System.out.println(people);
        people.sort(Comparator.comparingInt(Person::age).reversed().thenComparing(Person::name, Comparator.comparing(String::length)));
        System.out.println(people);
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        List<String> words = new ArrayList<>(List.of("pear", "fig", "banana", "kiwi", "apple"));
        words.sort(byLen.thenComparing(Comparator.naturalOrder()));
        System.out.println(words);
        words.sort(byLen.reversed().thenComparing(Comparator.<String>reverseOrder()));
        System.out.println(words);
        try {
            inc.andThen(null);
        } catch (NullPointerException e) {
            System.out.println("NPE");
        }
    }
}
