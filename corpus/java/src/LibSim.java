import java.util.*;

public class LibSim {
    record Event(double time, int id, String kind) implements Comparable<Event> {
        public int compareTo(Event o) {
            int c = Double.compare(time, o.time);
            return c != 0 ? c : Integer.compare(id, o.id);
        }
    }

    public static void main(String[] args) {
        Random rng = new Random(12345);
        PriorityQueue<Event> queue = new PriorityQueue<>();
        int ids = 0;
        for (int i = 0; i < 5; i++) queue.add(new Event(rng.nextDouble() * 10, ids++, "arrive"));
        Deque<Integer> waiting = new ArrayDeque<>();
        boolean busy = false;
        double busyTime = 0, last = 0;
        int served = 0;
        while (!queue.isEmpty() && served < 12) {
            Event e = queue.poll();
            if (busy) busyTime += e.time() - last;
            last = e.time();
            switch (e.kind()) {
                case "arrive" -> {
                    if (busy) waiting.addLast(e.id());
                    else {
                        busy = true;
                        queue.add(new Event(e.time() + 1 + rng.nextInt(3), e.id(), "depart"));
                    }
                    if (rng.nextBoolean()) queue.add(new Event(e.time() + rng.nextDouble() * 4, ids++, "arrive"));
                }
                case "depart" -> {
                    served++;
                    System.out.printf("t=%7.3f served #%d waiting=%s%n", e.time(), e.id(), waiting);
                    if (waiting.isEmpty()) busy = false;
                    else queue.add(new Event(e.time() + 1 + rng.nextInt(3), waiting.pollFirst(), "depart"));
                }
                default -> throw new IllegalStateException(e.kind());
            }
        }
        System.out.printf("served %d, utilisation %.4f, left %d%n", served, busyTime / last, queue.size());
        long[] gauss = new long[7];
        for (int i = 0; i < 2000; i++) {
            int bucket = (int) Math.floor(rng.nextGaussian() + 3.5);
            if (bucket >= 0 && bucket < 7) gauss[bucket]++;
        }
        System.out.println(Arrays.toString(gauss) + " " + rng.nextLong() + " " + rng.nextInt(1, 7));
    }
}
