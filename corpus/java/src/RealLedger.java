// A small bank: accounts behind an interface and an abstract class, generic repositories with
// bounded types, transactions replayed from a log, and reports built with streams and collectors,
// `Comparator` chains, `TreeMap` navigation, `Optional` chains and `String.format` widths.
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.HashMap;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class RealLedger {
    interface Identified {
        String id();
    }

    interface Account extends Identified {
        String owner();

        long balanceCents();

        String kind();

        default boolean overdrawn() {
            return balanceCents() < 0;
        }
    }

    static class InsufficientFunds extends RuntimeException {
        InsufficientFunds(String id, long wanted, long have) {
            super(String.format("%s: wanted %,d but only %,d available", id, wanted, have));
        }
    }

    abstract static class BaseAccount implements Account {
        private final String id;
        private final String owner;
        protected long balance;
        private final List<String> history = new ArrayList<>();

        BaseAccount(String id, String owner, long opening) {
            this.id = id;
            this.owner = owner;
            this.balance = opening;
            record("open", opening);
        }

        public String id() {
            return id;
        }

        public String owner() {
            return owner;
        }

        public long balanceCents() {
            return balance;
        }

        protected abstract long limit();

        void deposit(long cents) {
            if (cents <= 0) {
                throw new IllegalArgumentException("deposit must be positive: " + cents);
            }
            balance += cents;
            record("in", cents);
        }

        void withdraw(long cents) {
            if (balance - cents < -limit()) {
                throw new InsufficientFunds(id, cents, balance + limit());
            }
            balance -= cents;
            record("out", cents);
        }

        private void record(String what, long cents) {
            history.add(what + ":" + cents);
        }

        List<String> history() {
            return history;
        }

        @Override
        public String toString() {
            return String.format("%-6s %-8s %-7s %12s", id, owner, kind(), money(balance));
        }
    }

    static final class Checking extends BaseAccount {
        Checking(String id, String owner, long opening) {
            super(id, owner, opening);
        }

        protected long limit() {
            return 50_000;
        }

        public String kind() {
            return "check";
        }
    }

    static final class Savings extends BaseAccount {
        private final int rateBasisPoints;

        Savings(String id, String owner, long opening, int rateBasisPoints) {
            super(id, owner, opening);
            this.rateBasisPoints = rateBasisPoints;
        }

        protected long limit() {
            return 0;
        }

        public String kind() {
            return "save";
        }

        void addInterest() {
            long interest = balance * rateBasisPoints / 10_000;
            if (interest > 0) {
                deposit(interest);
            }
        }
    }

    static class Repository<T extends Identified> {
        private final Map<String, T> byId = new HashMap<>();

        void add(T item) {
            if (byId.putIfAbsent(item.id(), item) != null) {
                throw new IllegalStateException("duplicate id " + item.id());
            }
        }

        Optional<T> find(String id) {
            return Optional.ofNullable(byId.get(id));
        }

        List<T> where(Predicate<? super T> test) {
            return byId.values().stream().filter(test).sorted(Comparator.comparing(Identified::id)).collect(Collectors.toList());
        }

        Collection<T> all() {
            return byId.values();
        }
    }

    record Transfer(int day, String from, String to, long cents) {}

    static String money(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return String.format("%s$%,d.%02d", sign, abs / 100, abs % 100);
    }

    static <T, K extends Comparable<K>> Map<K, List<T>> sortedGroups(Collection<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
    }

    public static void main(String[] args) {
        Repository<BaseAccount> bank = new Repository<>();
        bank.add(new Checking("C-100", "ada", 120_000));
        bank.add(new Checking("C-101", "brian", 5_000));
        bank.add(new Savings("S-200", "ada", 1_000_000, 125));
        bank.add(new Savings("S-201", "chen", 250_075, 300));
        bank.add(new Checking("C-102", "chen", 0));
        bank.add(new Savings("S-202", "dora", 99, 500));
        try {
            bank.add(new Checking("C-100", "eve", 1));
        } catch (IllegalStateException e) {
            System.out.println("rejected: " + e.getMessage());
        }

        List<Transfer> log = new ArrayList<>();
        long seed = 42;
        String[] ids = {"C-100", "C-101", "S-200", "S-201", "C-102", "S-202", "X-999"};
        for (int i = 0; i < 40; i++) {
            seed = (seed * 6364136223846793005L + 1442695040888963407L);
            int a = (int) ((seed >>> 33) % ids.length);
            int b = (int) ((seed >>> 17) % ids.length);
            long cents = ((seed >>> 40) % 90_000) + 1;
            log.add(new Transfer(1 + i / 5, ids[a], ids[b], cents));
        }

        Map<String, Integer> failures = new TreeMap<>();
        int applied = 0;
        for (Transfer t : log) {
            if (t.from().equals(t.to())) {
                failures.merge("same account", 1, Integer::sum);
                continue;
            }
            Optional<BaseAccount> from = bank.find(t.from());
            Optional<BaseAccount> to = bank.find(t.to());
            if (from.isEmpty() || to.isEmpty()) {
                failures.merge("unknown account", 1, Integer::sum);
                continue;
            }
            try {
                from.get().withdraw(t.cents());
                to.get().deposit(t.cents());
                applied++;
            } catch (InsufficientFunds e) {
                failures.merge("insufficient", 1, Integer::sum);
                if (failures.get("insufficient") <= 3) {
                    System.out.println("day " + t.day() + ": " + e.getMessage());
                }
            }
        }
        System.out.println("applied " + applied + " of " + log.size() + ", failures " + failures);

        bank.all().stream().filter(a -> a instanceof Savings).map(a -> (Savings) a).forEach(Savings::addInterest);

        System.out.println("-- accounts by balance, then id");
        Comparator<BaseAccount> byBalance = Comparator.comparingLong(BaseAccount::balanceCents)
                .thenComparing(BaseAccount::id)
                .reversed();
        bank.all().stream().sorted(byBalance).forEach(System.out::println);

        System.out.println("-- totals per owner");
        Map<String, Long> perOwner = bank.all().stream()
                .collect(Collectors.groupingBy(Account::owner, TreeMap::new, Collectors.summingLong(Account::balanceCents)));
        perOwner.forEach((owner, total) -> System.out.printf("%8s %15s%n", owner, money(total)));

        Map<Boolean, List<String>> split = bank.all().stream()
                .sorted(Comparator.comparing(BaseAccount::id))
                .collect(Collectors.partitioningBy(a -> a.balanceCents() >= 100_000,
                        Collectors.mapping(BaseAccount::id, Collectors.toList())));
        System.out.println("rich " + split.get(true) + " other " + split.get(false));

        Map<String, Double> avgByKind = bank.all().stream()
                .collect(Collectors.groupingBy(Account::kind, TreeMap::new, Collectors.averagingDouble(a -> a.balanceCents() / 100.0)));
        avgByKind.forEach((k, v) -> System.out.printf("avg %s = %.3f%n", k, v));

        Map<String, String> idsByOwner = bank.all().stream()
                .collect(Collectors.toMap(Account::owner, Account::id, (x, y) -> x.compareTo(y) < 0 ? x + "+" + y : y + "+" + x, TreeMap::new));
        System.out.println(idsByOwner);

        String owners = bank.all().stream().map(Account::owner).distinct().sorted(Comparator.reverseOrder())
                .collect(Collectors.joining(", ", "owners: <", ">"));
        System.out.println(owners);

        Map<String, Long> countByKind = bank.all().stream().collect(Collectors.groupingBy(Account::kind, TreeMap::new, Collectors.counting()));
        System.out.println("count by kind " + countByKind);

        IntSummaryStatistics days = log.stream().mapToInt(Transfer::day).summaryStatistics();
        System.out.println("days " + days.getMin() + ".." + days.getMax() + " avg " + days.getAverage());
        DoubleSummaryStatistics amounts = log.stream().mapToDouble(t -> t.cents() / 100.0).summaryStatistics();
        System.out.printf("amounts n=%d min=%.2f max=%.2f sum=%,.2f%n", amounts.getCount(), amounts.getMin(), amounts.getMax(), amounts.getSum());

        NavigableMap<Long, String> ladder = new TreeMap<>();
        bank.all().forEach(a -> ladder.put(a.balanceCents(), a.id()));
        long probe = 200_000;
        System.out.println("floor " + ladder.floorEntry(probe) + " ceiling " + ladder.ceilingKey(probe)
                + " head " + ladder.headMap(probe, true).size() + " tail " + ladder.tailMap(probe).values());
        System.out.println("first " + ladder.firstEntry().getValue() + " last " + ladder.lastKey()
                + " descending " + ladder.descendingMap().values());
        System.out.println("lower than first: " + ladder.lowerKey(ladder.firstKey()));

        String richest = bank.find("S-201").filter(a -> a.balanceCents() > 1_000_000).map(Account::owner).orElse("nobody");
        String who = bank.find("Z").map(Account::owner).or(() -> Optional.of("fallback")).get();
        System.out.println("richest " + richest + ", who " + who + ", present " + bank.find("C-101").isPresent());
        try {
            bank.find("nope").orElseThrow(() -> new IllegalArgumentException("no account nope"));
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            bank.find("C-101").get().deposit(-5);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }

        Map<String, List<BaseAccount>> byKind = sortedGroups(bank.all(), BaseAccount::kind);
        byKind.forEach((k, v) -> System.out.println(k + " -> " + v.stream().map(BaseAccount::id).sorted().toList()));
        System.out.println("overdrawn " + bank.where(Account::overdrawn).stream().map(Account::id).toList());
        BaseAccount c100 = bank.find("C-100").orElseThrow();
        System.out.println("C-100 history " + c100.history().size() + " first " + c100.history().subList(0, Math.min(4, c100.history().size())));
        String histogram = IntStream.rangeClosed(1, 8)
                .mapToObj(d -> String.format("%d:%s", d, "#".repeat((int) log.stream().filter(t -> t.day() == d).filter(t -> t.cents() > 45_000).count())))
                .collect(Collectors.joining(" "));
        System.out.println(histogram);
        System.out.println(String.format("|%10.2f|%-10d|%+d|%08.3f|%x|%o|%e|%s|", 3.14159, 42, 7, -2.5, 255, 8, 12345.678, (Object) null));
        System.out.println(String.format("%,d %,d %,.1f %5s%% %c %b", -1234567, 999, 9876543.21, "50", 'z', null));
    }
}
