import java.util.*;
import java.util.concurrent.atomic.AtomicInteger;

public class LibThreads {
    static int shared;

    static synchronized void bump(int n) { shared += n; }

    static class Worker extends Thread {
        final int from, to;
        long sum;

        Worker(int from, int to) {
            this.from = from;
            this.to = to;
        }
        @Override
        public void run() {
            for (int i = from; i < to; i++) sum += (long) i * i;
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Worker[] ws = new Worker[4];
        for (int i = 0; i < 4; i++) {
            ws[i] = new Worker(i * 1000, (i + 1) * 1000);
            ws[i].start();
        }
        long total = 0;
        for (Worker w : ws) {
            w.join();
            total += w.sum;
        }
        System.out.println("sum of squares " + total);
        AtomicInteger counter = new AtomicInteger();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < 3; t++) {
            final int id = t;
            Thread th = new Thread(() -> {
                for (int k = 0; k < 1000; k++) counter.incrementAndGet();
                bump(id);
            });
            ts.add(th);
            th.start();
        }
        for (Thread th : ts) th.join();
        System.out.println("counter " + counter.get() + " shared " + shared + " " + counter);
        Object lock = new Object();
        int[] box = new int[1];
        Thread named = new Thread(() -> {
            synchronized (lock) {
                box[0] = 42;
            }
        }, "worker-x");
        named.start();
        named.join();
        System.out.println(named.getName() + " " + box[0] + " " + Thread.currentThread().getName());
        Thread.sleep(1);
        System.out.println(counter.compareAndSet(3000, 7) + " " + counter.addAndGet(3) + " " + counter.getAndIncrement() + " " + counter.intValue());
    }
}
