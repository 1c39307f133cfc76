import java.util.*;
import java.util.stream.*;

public class LibInventory {
    enum Category { TOOLS, FOOD, TOYS }

    record Item(String sku, String name, Category cat, int qty, double price) {
        double value() { return qty * price; }
    }

    public static void main(String[] args) {
        List<Item> items = List.of(
            new Item("T-1", "hammer", Category.TOOLS, 12, 9.99),
            new Item("F-7", "apples", Category.FOOD, 140, 0.35),
            new Item("Y-2", "kite", Category.TOYS, 3, 14.5),
            new Item("T-9", "wrench", Category.TOOLS, 0, 12.25),
            new Item("F-2", "bread", Category.FOOD, 25, 2.8),
            new Item("Y-5", "yo-yo", Category.TOYS, 40, 1.95));
        Map<Category, Double> value = new EnumMapLike().sum(items);
        System.out.println(value);
        Optional<Item> priciest = items.stream().max(Comparator.comparingDouble(Item::price));
        System.out.println(priciest.map(Item::name).orElse("-") + " " + items.stream().filter(i -> i.qty() == 0).map(Item::sku).findFirst().orElse("none"));
        System.out.println(items.stream().sorted(Comparator.comparing(Item::cat).thenComparing(Item::value, Comparator.reverseOrder())).map(i -> i.name() + ":" + String.format("%.2f", i.value())).collect(Collectors.joining(", ")));
        Map<Boolean, List<String>> low = items.stream().collect(Collectors.partitioningBy(i -> i.qty() < 20, Collectors.mapping(Item::name, Collectors.toList())));
        System.out.println(low);
        double total = 0;
        for (Item i : items) total += i.value();
        System.out.printf("total %.2f avg price %.3f%n", total, items.stream().mapToDouble(Item::price).average().orElse(0));
        System.out.println(Category.valueOf("FOOD").ordinal() + " " + Arrays.toString(Category.values()) + " " + Category.TOYS.compareTo(Category.TOOLS));
        Map<String, Integer> restock = new TreeMap<>();
        items.stream().filter(i -> i.qty() < 20).forEach(i -> restock.put(i.sku(), 20 - i.qty()));
        System.out.println(restock + " " + restock.values().stream().mapToInt(Integer::intValue).sum());
    }

    static class EnumMapLike {
        Map<Category, Double> sum(List<Item> items) {
            Map<Category, Double> m = new TreeMap<>();
            for (Item i : items) m.merge(i.cat(), i.value(), Double::sum);
            return m;
        }
    }
}
