import java.util.*;
import java.util.concurrent.*;
import java.util.concurrent.atomic.*;
import java.util.concurrent.locks.*;

/** Threads that wait for each other, and java.util.concurrent: output made deterministic by
 *  joins, latches and futures (as a correct program under HotSpot). */
public class LibConcurrent {
    static final LinkedList<Integer> queue = new LinkedList<>();
    static volatile boolean ready;
    static int data;
    static int counter;

    static synchronized void increment() { counter++; }

    public static void main(String[] args) throws Exception {
        // Producer / consumer with synchronized, wait and notifyAll; the consumer starts first.
        int[] consumed = new int[1];
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 10; i++) {
                    synchronized (queue) {
                        while (queue.isEmpty()) queue.wait();
                        consumed[0] += queue.removeFirst();
                    }
                }
            } catch (InterruptedException e) {
                return;
            }
        }, "consumer");
        Thread producer = new Thread(() -> {
            for (int i = 1; i <= 10; i++) {
                synchronized (queue) {
                    queue.addLast(i * i);
                    queue.notifyAll();
                }
            }
        }, "producer");
        consumer.start();
        producer.start();
        consumer.join();
        producer.join();
        System.out.println("consumed " + consumed[0] + ", alive " + consumer.isAlive() + " " + producer.isAlive());

        // A volatile flag: the reader waits for the writer.
        Thread reader = new Thread(() -> {
            while (!ready) Thread.onSpinWait();
            System.out.println("reader sees " + data);
        });
        Thread writer = new Thread(() -> {
            data = 42;
            ready = true;
        });
        reader.start();
        writer.start();
        reader.join();
        writer.join();

        // Thread names and a thread joining another.
        Thread first = new Thread(() -> System.out.println("in " + Thread.currentThread().getName()));
        Thread second = new Thread(() -> {
            try {
                first.join();
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("in " + Thread.currentThread().getName() + " after " + first.getName());
        }, "second");
        second.start();
        first.start();
        second.join();
        System.out.println("main is " + Thread.currentThread().getName());

        // Sleeping orders the output.
        Thread slow = new Thread(() -> {
            try {
                Thread.sleep(400);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("slow done");
        });
        Thread fast = new Thread(() -> System.out.println("fast done"));
        slow.start();
        fast.start();
        slow.join();
        fast.join();

        // synchronized methods and AtomicInteger from many threads.
        AtomicInteger atomic = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread th = new Thread(() -> {
                for (int k = 0; k < 500; k++) {
                    increment();
                    atomic.incrementAndGet();
                }
            });
            threads.add(th);
            th.start();
        }
        for (Thread th : threads) th.join();
        System.out.println("counter " + counter + " atomic " + atomic.get());

        // ExecutorService with futures.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> futures = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            final int n = 10 + i;
            futures.add(pool.submit(() -> fib(n)));
        }
        for (Future<Long> f : futures) System.out.print(f.get() + " ");
        System.out.println();
        Future<String> failing = pool.submit(() -> {
            if (futures.size() > 0) throw new IllegalStateException("task failed");
            return "never";
        });
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("ExecutionException: " + e.getMessage() + " / cause " + e.getCause().getMessage());
        }
        List<Callable<Integer>> tasks = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            final int k = i;
            tasks.add(() -> k * k);
        }
        int total = 0;
        for (Future<Integer> f : pool.invokeAll(tasks)) total += f.get();
        System.out.println("invokeAll total " + total + " done " + futures.get(0).isDone());
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(1, TimeUnit.SECONDS) + " " + pool.isShutdown());

        ExecutorService single = Executors.newSingleThreadExecutor();
        Future<String> name = single.submit(() -> Thread.currentThread().getName());
        System.out.println("single runs on " + name.get());
        single.shutdown();

        // CountDownLatch: a start gate and a done signal.
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(3);
        ConcurrentHashMap<String, Integer> scores = new ConcurrentHashMap<>();
        for (int i = 0; i < 3; i++) {
            final String who = "w" + i;
            new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                scores.merge(who, who.length() * 10, Integer::sum);
                scores.merge("total", 1, Integer::sum);
                done.countDown();
            }).start();
        }
        System.out.println("before start " + done.getCount());
        start.countDown();
        done.await();
        System.out.println("after done " + done.getCount() + " " + new TreeMap<>(scores));

        // A BlockingQueue between two threads, with a poison pill.
        BlockingQueue<String> bq = new LinkedBlockingQueue<>();
        List<String> received = new ArrayList<>();
        Thread taker = new Thread(() -> {
            try {
                while (true) {
                    String s = bq.take();
                    if (s.equals("STOP")) break;
                    received.add(s.toUpperCase());
                }
            } catch (InterruptedException e) {
                return;
            }
        });
        taker.start();
        for (String s : new String[] {"alpha", "beta", "gamma"}) bq.put(s);
        bq.put("STOP");
        taker.join();
        System.out.println("received " + received);

        // ReentrantLock and a CopyOnWriteArrayList changed while iterating.
        ReentrantLock lock = new ReentrantLock();
        CopyOnWriteArrayList<Integer> cow = new CopyOnWriteArrayList<>(List.of(1, 2, 3));
        lock.lock();
        try {
            for (int x : cow) cow.add(x * 10);
        } finally {
            lock.unlock();
        }
        System.out.println("cow " + cow + " locked " + lock.isLocked());
        List<Integer> syncList = Collections.synchronizedList(new ArrayList<>());
        Thread adder = new Thread(() -> {
            for (int i = 0; i < 5; i++) syncList.add(i);
        });
        adder.start();
        adder.join();
        System.out.println("synchronizedList " + syncList);
        AtomicLong big = new AtomicLong(1);
        AtomicBoolean flag = new AtomicBoolean();
        AtomicReference<String> ref = new AtomicReference<>("a");
        for (int i = 0; i < 10; i++) big.addAndGet(big.get());
        System.out.println(big + " " + flag.compareAndSet(false, true) + " " + flag + " " + ref.updateAndGet(s -> s + "b"));
        System.out.println(TimeUnit.SECONDS.toMillis(3) + " " + TimeUnit.MILLISECONDS.toSeconds(4500));

        // Threads still running when main ends finish before the JVM exits.
        new Thread(() -> System.out.println("late thread runs after main")).start();
    }

    static long fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
}
