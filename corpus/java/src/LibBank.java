import java.util.*;

public class LibBank {
    static class InsufficientFunds extends Exception {
        InsufficientFunds(String msg) { super(msg); }
    }

    abstract static class Account implements Comparable<Account> {
        private static int nextId = 1000;
        final int id = nextId++;
        final String owner;
        protected long cents;
        final List<String> log = new ArrayList<>();

        Account(String owner, long cents) { this.owner = owner; this.cents = cents; }
        abstract double rate();
        void deposit(long c) {
            if (c <= 0) throw new IllegalArgumentException("deposit must be positive: " + c);
            cents += c;
            log.add(String.format("+%d.%02d", c / 100, c % 100));
        }
        void withdraw(long c) throws InsufficientFunds {
            if (c > cents) throw new InsufficientFunds(String.format("%s has %.2f, needs %.2f", owner, cents / 100.0, c / 100.0));
            cents -= c;
            log.add(String.format("-%d.%02d", c / 100, c % 100));
        }
        void accrue() { cents += Math.round(cents * rate() / 12); }
        public int compareTo(Account o) { return Long.compare(o.cents, cents); }
        @Override public String toString() { return String.format("#%d %-6s %10.2f (%s)", id, owner, cents / 100.0, this instanceof Savings ? "savings" : "checking"); }
    }

    static class Checking extends Account {
        Checking(String o, long c) { super(o, c); }
        double rate() { return 0.001; }
    }

    static class Savings extends Account {
        Savings(String o, long c) { super(o, c); }
        double rate() { return 0.045; }
    }

    public static void main(String[] args) {
        List<Account> accounts = new ArrayList<>();
        accounts.add(new Checking("ann", 120_000));
        accounts.add(new Savings("bob", 5_000_000));
        accounts.add(new Checking("cy", 999));
        accounts.add(new Savings("dee", 250_050));
        for (Account a : accounts) System.out.println(a);
        try {
            accounts.get(2).withdraw(5_000);
        } catch (InsufficientFunds e) {
            System.out.println("refused: " + e.getMessage());
        }
        try {
            accounts.get(0).deposit(-5);
        } catch (IllegalArgumentException e) {
            System.out.println("bad: " + e.getMessage());
        }
        for (int month = 0; month < 12; month++) for (Account a : accounts) a.accrue();
        accounts.get(0).deposit(12_345);
        Collections.sort(accounts);
        accounts.forEach(System.out::println);
        Map<String, Long> byType = new TreeMap<>();
        for (Account a : accounts) byType.merge(a instanceof Savings ? "savings" : "checking", a.cents, Long::sum);
        System.out.println(byType + " " + accounts.get(3).log);
        System.out.printf("total %,.2f%n", accounts.stream().mapToDouble(a -> a.cents / 100.0).sum());
    }
}
