// A job runner with deterministic output: a fixed thread pool computing chunks of work whose
// results are combined in submission order, `CompletableFuture` pipelines (thenApply,
// thenCombine, allOf, exceptionally, handle), a producer/consumer over a blocking queue, atomic
// counters and a `synchronized` account, a `CountDownLatch` start gate, and `invokeAll`.
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class RealWorkers {
    static final class Account {
        private long balance;
        private int operations;

        synchronized void deposit(long amount) {
            balance += amount;
            operations++;
        }

        synchronized boolean withdraw(long amount) {
            if (balance < amount) {
                return false;
            }
            balance -= amount;
            operations++;
            return true;
        }

        synchronized String summary() {
            return "balance=" + balance + " operations=" + operations;
        }
    }

    static long primesBelow(int from, int to) {
        long count = 0;
        for (int n = Math.max(2, from); n < to; n++) {
            boolean prime = true;
            for (int d = 2; (long) d * d <= n; d++) {
                if (n % d == 0) {
                    prime = false;
                    break;
                }
            }
            if (prime) {
                count++;
            }
        }
        return count;
    }

    static void pool() throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> parts = new ArrayList<>();
        for (int chunk = 0; chunk < 8; chunk++) {
            int from = chunk * 2_500;
            parts.add(pool.submit(() -> primesBelow(from, from + 2_500)));
        }
        long total = 0;
        StringBuilder perChunk = new StringBuilder();
        for (Future<Long> f : parts) {
            long n = f.get();
            perChunk.append(n).append(' ');
            total += n;
        }
        System.out.println("primes below 20000: " + total + " [" + perChunk.toString().trim() + "]");

        List<Callable<String>> tasks = new ArrayList<>();
        for (String word : List.of("alpha", "beta", "gamma")) {
            tasks.add(() -> word.toUpperCase() + ":" + word.length());
        }
        List<String> answers = new ArrayList<>();
        for (Future<String> f : pool.invokeAll(tasks)) {
            answers.add(f.get());
        }
        System.out.println("invokeAll " + answers);

        Future<Integer> failing = pool.submit(() -> {
            if (answers.size() == 3) {
                throw new IllegalStateException("task failed");
            }
            return 1;
        });
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("execution exception caused by " + e.getCause());
        }
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(5, TimeUnit.SECONDS) + " shutdown " + pool.isShutdown());
    }

    static void counters() throws InterruptedException {
        AtomicInteger hits = new AtomicInteger();
        AtomicLong sum = new AtomicLong();
        Account account = new Account();
        Map<Integer, Integer> buckets = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(4);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int id = t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    for (int i = 0; i < 1_000; i++) {
                        hits.incrementAndGet();
                        sum.addAndGet(i * (id + 1));
                        account.deposit(2);
                        if (i % 3 == 0) {
                            account.withdraw(1);
                        }
                        buckets.merge(i % 5, 1, Integer::sum);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            }, "worker-" + t);
            threads.add(th);
            th.start();
        }
        System.out.println("threads started, latch count " + done.getCount());
        start.countDown();
        done.await();
        for (Thread th : threads) {
            th.join();
        }
        System.out.println("hits " + hits.get() + " sum " + sum.get() + " " + account.summary() + " buckets " + new TreeMap<>(buckets));
        System.out.println("cas " + hits.compareAndSet(4000, 1) + " " + hits.get() + " getAndAdd " + hits.getAndAdd(5) + " -> " + hits.get()
                + " updateAndGet " + hits.updateAndGet(x -> x * 10) + " accumulate " + hits.accumulateAndGet(3, Math::max));
    }

    static void producerConsumer() throws InterruptedException {
        BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(5);
        List<Integer> consumed = new ArrayList<>();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 20; i++) {
                    queue.put(i * i);
                }
                queue.put(-1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                while (true) {
                    int v = queue.take();
                    if (v < 0) {
                        break;
                    }
                    consumed.add(v);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
        System.out.println("consumed " + consumed.size() + " sum " + consumed.stream().mapToInt(Integer::intValue).sum() + " last " + consumed.get(consumed.size() - 1));
    }

    static void futures() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> 6 * 7, pool);
        CompletableFuture<String> b = CompletableFuture.supplyAsync(() -> "answer", pool);
        CompletableFuture<String> both = a.thenCombine(b, (n, s) -> s + "=" + n).thenApply(String::toUpperCase);
        System.out.println(both.get());
        List<CompletableFuture<Integer>> squares = IntStream.rangeClosed(1, 6)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> i * i, pool)).collect(Collectors.toList());
        CompletableFuture.allOf(squares.toArray(new CompletableFuture[0])).join();
        System.out.println("squares " + squares.stream().map(CompletableFuture::join).toList());
        CompletableFuture<Integer> broken = CompletableFuture.supplyAsync(() -> {
            if (squares.size() > 1) {
                throw new ArithmeticException("bad math");
            }
            return 0;
        }, pool);
        System.out.println("recovered " + broken.exceptionally(e -> -1).get() + " handled "
                + broken.handle((v, e) -> e == null ? "value " + v : "error " + e.getClass().getSimpleName()).get());
        try {
            broken.join();
        } catch (Exception e) {
            System.out.println("join threw " + e.getClass().getSimpleName() + " cause " + e.getCause().getMessage());
        }
        CompletableFuture<String> chained = CompletableFuture.completedFuture(5).thenCompose(x -> CompletableFuture.supplyAsync(() -> "x" + x, pool))
                .whenComplete((v, e) -> System.out.println("completed with " + v));
        System.out.println(chained.get() + " done " + chained.isDone());
        pool.shutdown();
    }

    public static void main(String[] args) throws Exception {
        pool();
        counters();
        producerConsumer();
        futures();
        System.out.println("main thread " + Thread.currentThread().getName());
    }
}
