import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** Lock-free counters updated by several threads that are preempted while they compute:
 *  AtomicInteger.incrementAndGet / addAndGet, compare-and-set retry loops, updateAndGet with a
 *  function that loops, AtomicLong and AtomicReference; the totals are exact. */
public class ThreadsAtomic {
    static int work(int seed) {
        int x = seed;
        for (int i = 0; i < 200; i++) x = x * 31 + i;
        return x;
    }

    public static void main(String[] args) throws Exception {
        AtomicInteger hits = new AtomicInteger();
        AtomicLong sum = new AtomicLong();
        AtomicInteger casTotal = new AtomicInteger();
        AtomicInteger maxSeen = new AtomicInteger(Integer.MIN_VALUE);
        AtomicInteger updated = new AtomicInteger();
        AtomicReference<String> longest = new AtomicReference<>("");
        int[] junk = new int[4];
        Thread[] ts = new Thread[4];
        for (int k = 0; k < ts.length; k++) {
            final int id = k;
            ts[k] = new Thread(() -> {
                for (int i = 0; i < 2000; i++) {
                    junk[id] += work(i + id);
                    hits.incrementAndGet();
                    sum.addAndGet(i);
                    int v;
                    do {
                        v = casTotal.get();
                        junk[id] += work(v);
                    } while (!casTotal.compareAndSet(v, v + id + 1));
                    int candidate = (i * 7919 + id * 104729) % 100003;
                    maxSeen.accumulateAndGet(candidate, Math::max);
                    updated.updateAndGet(x -> {
                        int y = x;
                        for (int j = 0; j < 3; j++) y++;
                        return y;
                    });
                }
                String mine = "thread-" + id + "-".repeat(id);
                longest.updateAndGet(s -> s.length() >= mine.length() ? s : mine);
            });
            ts[k].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("hits " + hits.get());
        System.out.println("sum " + sum.get());
        System.out.println("cas total " + casTotal.get());
        System.out.println("max " + maxSeen.get());
        System.out.println("updated " + updated.get());
        System.out.println("longest " + longest.get());
    }
}
