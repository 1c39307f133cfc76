import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Busy-waiting on the clock while another thread sleeps (the sleeper wakes at its time, not
 *  at the first preemption), two spinners waiting for a sleeper, and ConcurrentHashMap's
 *  compute family staying atomic while their (slow, preempted) functions run. */
public class ThreadsClock {
    static volatile boolean woke, woke2;
    static final AtomicInteger created = new AtomicInteger();

    static int slow(int seed) {
        int x = seed;
        for (int i = 0; i < 25000; i++) x += i % 7;
        return x;
    }

    public static void main(String[] args) throws Exception {
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            woke = true;
        });
        sleeper.start();
        long start = System.nanoTime();
        while (System.nanoTime() - start < 20_000_000L) { }
        System.out.println("after 20 ms of spinning, the 200 ms sleeper woke: " + woke);
        long t0 = System.currentTimeMillis();
        while (!woke) { }
        long waited = System.currentTimeMillis() - t0;
        System.out.println("spun until it woke, at least 100 ms: " + (waited >= 100));
        sleeper.join();

        Thread late = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
            woke2 = true;
        });
        boolean[] saw = new boolean[2];
        Runnable spin = () -> {
            long n = 0;
            while (!woke2) n++;
            saw[Thread.currentThread().getName().equals("spinner-a") ? 0 : 1] = n > 0;
        };
        Thread a = new Thread(spin, "spinner-a"), b = new Thread(spin, "spinner-b");
        late.start();
        a.start();
        b.start();
        a.join();
        b.join();
        late.join();
        System.out.println("both spinners saw the sleeper wake: " + saw[0] + " " + saw[1]);

        ConcurrentHashMap<String, Integer> map = new ConcurrentHashMap<>();
        Thread[] workers = new Thread[4];
        for (int w = 0; w < workers.length; w++) {
            int id = w;
            workers[w] = new Thread(() -> {
                for (int n = 0; n < 60; n++) {
                    int i = n;
                    map.compute("compute", (k, v) -> (v == null ? 0 : v) + 1 + 0 * slow(i));
                    map.merge("merge", 1, (x, y) -> x + y + 0 * slow(y));
                    map.computeIfAbsent("once" + (i % 5), k -> {
                        created.incrementAndGet();
                        return slow(id) * 0 + k.length();
                    });
                    map.computeIfPresent("merge", (k, v) -> v + 0 * slow(v));
                    map.put("put" + id, i);
                }
            });
            workers[w].start();
        }
        for (Thread t : workers) t.join();
        System.out.println("compute " + map.get("compute") + ", merge " + map.get("merge") + ", created " + created.get()
            + ", size " + map.size());
        System.out.println(new java.util.TreeMap<>(map));
    }
}
