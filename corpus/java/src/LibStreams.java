import java.util.*;
import java.util.stream.*;

public class LibStreams {
    record City(String name, String country, int people) {}

    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 10).sum() + " " + IntStream.rangeClosed(1, 5).map(x -> x * x).boxed().collect(Collectors.toList()));
        System.out.println(IntStream.of(3, 1, 4, 1, 5, 9, 2, 6).filter(x -> x % 2 == 1).count() + " " + IntStream.of(3, 1, 4).max() + " " + IntStream.of().min() + " " + IntStream.of(1, 2).average());
        List<String> words = List.of("delta", "alpha", "charlie", "bravo", "echo", "alpha");
        System.out.println(words.stream().filter(w -> w.length() == 5).map(String::toUpperCase).sorted().collect(Collectors.toList()));
        System.out.println(words.stream().distinct().count() + " " + words.stream().collect(Collectors.joining(", ", "<", ">")));
        System.out.println(words.stream().mapToInt(String::length).sum() + " " + words.stream().anyMatch(w -> w.startsWith("e")) + " " + words.stream().allMatch(w -> w.length() > 4) + " " + words.stream().noneMatch(String::isEmpty));
        System.out.println(words.stream().collect(Collectors.groupingBy(String::length)));
        Map<Character, Long> firsts = words.stream().collect(Collectors.groupingBy(w -> w.charAt(0), TreeMap::new, Collectors.counting()));
        System.out.println(firsts);
        System.out.println(words.stream().collect(Collectors.toSet()) + " " + words.stream().collect(Collectors.partitioningBy(w -> w.compareTo("c") < 0)));
        System.out.println(Stream.iterate(1, x -> x * 2).limit(10).map(String::valueOf).collect(Collectors.joining(" ")));
        System.out.println(Stream.of(5, 3, 8).reduce(0, Integer::sum) + " " + Stream.of(5, 3, 8).reduce(Integer::max).get() + " " + Stream.of("x").findFirst().orElse("none") + " " + Stream.empty().findFirst().isPresent());
        List<City> cities = List.of(new City("Paris", "FR", 2100), new City("Lyon", "FR", 500), new City("Berlin", "DE", 3600), new City("Bonn", "DE", 300), new City("Rome", "IT", 2800));
        Map<String, Integer> byCountry = cities.stream().collect(Collectors.groupingBy(City::country, Collectors.summingInt(City::people)));
        System.out.println(byCountry);
        System.out.println(cities.stream().sorted(Comparator.comparingInt(City::people).reversed()).limit(3).map(City::name).toList());
        System.out.println(cities.stream().max(Comparator.comparingInt(City::people)).map(City::name).orElse("?") + " " + cities.stream().mapToDouble(City::people).average().getAsDouble());
        System.out.println(cities.stream().collect(Collectors.toMap(City::name, City::people)));
        System.out.println(DoubleStream.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1).sum() + " " + Arrays.stream(new double[] {1e100, 1.0, -1e100}).sum());
        int[] sq = IntStream.range(0, 6).map(i -> i * i).filter(i -> i % 2 == 0).toArray();
        System.out.println(Arrays.toString(sq) + " " + Arrays.stream(new int[] {4, 5}).sum() + " " + Arrays.stream(new String[] {"q", "r"}).collect(Collectors.joining("+")));
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(3), List.of());
        System.out.println(nested.stream().flatMap(List::stream).map(x -> x * 10).collect(Collectors.toList()));
        Stream.of("a", "b", "c").peek(x -> System.out.print("peek " + x + " ")).filter(x -> !x.equals("b")).forEach(x -> System.out.print("got " + x + " "));
        System.out.println();
        System.out.println(IntStream.rangeClosed(1, 5).mapToObj(i -> "#" + i).collect(Collectors.joining()) + " " + IntStream.range(0, 5).skip(2).limit(2).boxed().toList());
        String[] arr = words.stream().filter(w -> w.contains("a")).toArray(String[]::new);
        System.out.println(arr.length + " " + String.join("/", arr));
    }
}
