// A discrete-event simulation of a small clinic: an abstract entity hierarchy with template
// methods and `super` calls, an event queue (`PriorityQueue` with tie-breaking), seeded
// `java.util.Random` (the JDK's generator: `nextInt(bound)`, `nextDouble`, `nextGaussian`,
// `nextBoolean`, `Collections.shuffle`), statistics per kind, and a formatted final report.
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Random;
import java.util.stream.Collectors;

public class RealSim {
    enum Kind {
        CHECKUP(10), VACCINE(5), SURGERY(60), XRAY(20);

        final int baseMinutes;

        Kind(int baseMinutes) {
            this.baseMinutes = baseMinutes;
        }
    }

    abstract static class Entity {
        private static int nextId = 1;
        protected final int id;
        protected final String name;

        Entity(String prefix) {
            this.id = nextId++;
            this.name = prefix + id;
        }

        abstract String role();

        @Override
        public String toString() {
            return role() + " " + name;
        }
    }

    static class Patient extends Entity {
        final Kind kind;
        final int arrival;
        final boolean urgent;
        int started = -1;
        int finished = -1;

        Patient(Kind kind, int arrival, boolean urgent) {
            super("p");
            this.kind = kind;
            this.arrival = arrival;
            this.urgent = urgent;
        }

        @Override
        String role() {
            return urgent ? "urgent patient" : "patient";
        }

        int waited() {
            return started - arrival;
        }
    }

    static class Doctor extends Entity {
        final double speed;
        int busyMinutes;
        int treated;

        Doctor(double speed) {
            super("dr");
            this.speed = speed;
        }

        @Override
        String role() {
            return "doctor";
        }

        int treat(Patient p, Random rnd) {
            double noise = 1 + rnd.nextGaussian() * 0.1;
            int minutes = (int) Math.max(1, Math.round(p.kind.baseMinutes * noise / speed));
            busyMinutes += minutes;
            treated++;
            return minutes;
        }
    }

    static final class Surgeon extends Doctor {
        Surgeon() {
            super(1.2);
        }

        @Override
        String role() {
            return "surgeon";
        }

        @Override
        int treat(Patient p, Random rnd) {
            int minutes = super.treat(p, rnd);
            return p.kind == Kind.SURGERY ? minutes : minutes + 5;
        }
    }

    record Event(int time, int seq, String what, Patient patient, Doctor doctor) {}

    public static void main(String[] args) {
        Random rnd = new Random(2024);
        System.out.println("random: " + rnd.nextInt(100) + " " + rnd.nextInt() + " " + rnd.nextLong() + " " + rnd.nextBoolean() + " "
                + String.format("%.6f %.6f", rnd.nextDouble(), rnd.nextGaussian()) + " " + rnd.nextInt(5, 10) + " " + new Random(1).nextFloat());
        List<Integer> deck = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            deck.add(i);
        }
        Collections.shuffle(deck, new Random(7));
        System.out.println("shuffled " + deck + " ints " + new Random(3).ints(5, 0, 50).boxed().toList());
        Random r9 = new Random(9);
        System.out.println("longs " + r9.longs(3, 10, 1_000_000_000_000L).boxed().toList() + " " + r9.longs(2).boxed().toList() + " doubles "
                + r9.doubles(3, -1, 1).mapToObj(d -> String.format("%.4f", d)).toList() + " " + r9.nextLong(1000) + " " + r9.nextLong(-5, 5)
                + " " + String.format("%.5f", r9.nextDouble(2.0, 3.0)) + " " + r9.ints(4).map(x -> x & 15).boxed().toList() + " " + r9.ints(3, 7).findFirst().getAsInt());

        List<Doctor> doctors = List.of(new Doctor(1.0), new Doctor(0.8), new Surgeon());
        PriorityQueue<Event> events = new PriorityQueue<>(Comparator.comparingInt(Event::time).thenComparingInt(Event::seq));
        int seq = 0;
        int t = 0;
        Kind[] kinds = Kind.values();
        for (int i = 0; i < 25; i++) {
            t += 1 + rnd.nextInt(8);
            Kind kind = kinds[rnd.nextInt(kinds.length)];
            Patient p = new Patient(kind, t, rnd.nextInt(10) == 0);
            events.add(new Event(t, seq++, "arrive", p, null));
        }
        Queue<Patient> waiting = new ArrayDeque<>();
        List<Patient> urgentFirst = new ArrayList<>();
        List<Doctor> free = new ArrayList<>(doctors);
        List<Patient> done = new ArrayList<>();
        List<String> log = new ArrayList<>();
        while (!events.isEmpty()) {
            Event e = events.poll();
            switch (e.what()) {
                case "arrive" -> {
                    if (e.patient().urgent) {
                        urgentFirst.add(e.patient());
                    } else {
                        waiting.add(e.patient());
                    }
                }
                case "finish" -> {
                    e.patient().finished = e.time();
                    done.add(e.patient());
                    free.add(e.doctor());
                    free.sort(Comparator.comparingInt(d -> d.id));
                }
                default -> throw new IllegalStateException(e.what());
            }
            while (!free.isEmpty() && (!urgentFirst.isEmpty() || !waiting.isEmpty())) {
                Patient next = urgentFirst.isEmpty() ? waiting.poll() : urgentFirst.remove(0);
                Doctor d = next.kind == Kind.SURGERY && free.stream().anyMatch(x -> x instanceof Surgeon)
                        ? free.stream().filter(x -> x instanceof Surgeon).findFirst().get() : free.get(0);
                free.remove(d);
                next.started = e.time();
                int minutes = d.treat(next, rnd);
                events.add(new Event(e.time() + minutes, seq++, "finish", next, d));
                if (log.size() < 8) {
                    log.add(String.format("t=%3d %-18s -> %-7s %-8s %2d min", e.time(), next, d.name, next.kind, minutes));
                }
            }
        }
        log.forEach(System.out::println);
        System.out.println("treated " + done.size() + ", last finished at " + done.get(done.size() - 1).finished);
        Map<Kind, List<Patient>> byKind = done.stream().collect(Collectors.groupingBy(p -> p.kind, () -> new EnumMap<>(Kind.class), Collectors.toList()));
        byKind.forEach((k, ps) -> System.out.printf("%-8s n=%2d avg wait %6.2f max wait %3d%n", k, ps.size(),
                ps.stream().mapToInt(Patient::waited).average().orElse(0), ps.stream().mapToInt(Patient::waited).max().orElse(0)));
        for (Doctor d : doctors) {
            System.out.printf("%-8s %-7s treated %2d busy %4d min utilisation %5.1f%%%n", d.role(), d.name, d.treated, d.busyMinutes,
                    100.0 * d.busyMinutes / done.get(done.size() - 1).finished);
        }
        Patient slowest = Collections.max(done, Comparator.comparingInt(Patient::waited).thenComparing(p -> p.id));
        System.out.println("longest wait " + slowest + " (" + slowest.kind + ") " + slowest.waited() + " min; urgent served "
                + done.stream().filter(p -> p.urgent).map(p -> p.name).toList());
    }
}
