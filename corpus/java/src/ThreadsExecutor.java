import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Executors on green threads: futures of a fixed pool, a single-thread executor that runs its
 *  tasks in order, tasks that wait for each other through a latch and a queue (they need to run
 *  at the same time), a semaphore bounding how many tasks are inside at once. */
public class ThreadsExecutor {
    static int inside, maxInside;

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Long>> futures = new ArrayList<>();
        for (int k = 1; k <= 6; k++) {
            int n = k * 10;
            futures.add(pool.submit(() -> {
                long s = 0;
                for (int i = 1; i <= n; i++) s += (long) i * i;
                return s;
            }));
        }
        for (Future<Long> f : futures) System.out.print(f.get() + " ");
        System.out.println();

        // Tasks that need each other: the consumer task blocks until the producer task runs.
        BlockingQueue<String> q = new ArrayBlockingQueue<>(1);
        Future<Integer> consumer = pool.submit(() -> {
            int n = 0;
            while (!q.take().equals("end")) n++;
            return n;
        });
        pool.submit(() -> {
            for (int i = 0; i < 5; i++) q.put("item" + i);
            q.put("end");
            return null;
        });
        System.out.println("consumed " + consumer.get());

        // A latch all three workers count down; main waits for it.
        CountDownLatch ready = new CountDownLatch(3);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<String>> waiting = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            int me = k;
            waiting.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return "worker " + me + " went";
            }));
        }
        System.out.println("ready " + ready.await(5, TimeUnit.SECONDS));
        go.countDown();
        for (Future<String> f : waiting) System.out.println(f.get());

        // A failing task.
        Future<Object> failing = pool.submit(() -> {
            throw new IllegalStateException("bad task");
        });
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("failed: " + e.getCause());
        }

        // A semaphore of 2 permits: never more than 2 tasks inside.
        Semaphore permits = new Semaphore(2);
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            tasks.add(() -> {
                permits.acquire();
                try {
                    inside++;
                    maxInside = Math.max(maxInside, inside);
                    Thread.sleep(10);
                    inside--;
                    return 1;
                } finally {
                    permits.release();
                }
            });
        }
        int total = 0;
        for (Future<Integer> f : pool.invokeAll(tasks)) total += f.get();
        System.out.println("semaphore total " + total + " max inside " + maxInside);
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(1, TimeUnit.SECONDS));

        // A single-thread executor runs its tasks one after another, in order.
        ExecutorService single = Executors.newSingleThreadExecutor();
        StringBuilder order = new StringBuilder();
        for (int k = 0; k < 5; k++) {
            int me = k;
            single.execute(() -> {
                order.append(me);
                try {
                    Thread.sleep(5 - me);
                } catch (InterruptedException e) {
                    return;
                }
                order.append(me);
            });
        }
        Future<String> name = single.submit(() -> Thread.currentThread().getName());
        String ran = name.get();
        System.out.println(order.length() + " " + ran);
        System.out.println("order " + order);
        single.shutdown();
    }
}
