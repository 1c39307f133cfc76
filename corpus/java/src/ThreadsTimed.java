import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

/** Timed waits that time out (and ones that do not), sleeping threads waking in time order,
 *  interrupting a thread blocked on a lock (it keeps waiting, with its flag set), a cached pool
 *  and a volatile flag awaited with onSpinWait. A synchronized block before any thread exists. */
public class ThreadsTimed {
    static volatile boolean flag;

    public static void main(String[] args) throws Exception {
        Object monitor = new Object();
        synchronized (monitor) {
            monitor.wait(30);
        }
        System.out.println("wait(30) returned");

        BlockingQueue<String> q = new ArrayBlockingQueue<>(1);
        System.out.println("poll " + q.poll(20, TimeUnit.MILLISECONDS));
        q.put("x");
        System.out.println("offer " + q.offer("y", 20, TimeUnit.MILLISECONDS) + " " + q.offer("y"));
        Thread later = new Thread(() -> {
            try {
                Thread.sleep(30);
                System.out.println("took " + q.take());
            } catch (InterruptedException e) {
                return;
            }
        });
        later.start();
        System.out.println("offer after a take " + q.offer("z", 1, TimeUnit.SECONDS));
        later.join();

        System.out.println("latch " + new CountDownLatch(1).await(10, TimeUnit.MILLISECONDS));
        System.out.println("semaphore " + new Semaphore(0).tryAcquire(10, TimeUnit.MILLISECONDS));

        // Sleepers wake in the order of their times, not of their start.
        StringBuilder order = new StringBuilder();
        Thread[] sleepers = new Thread[4];
        int[] times = {40, 10, 30, 20};
        for (int k = 0; k < 4; k++) {
            int t = times[k];
            sleepers[k] = new Thread(() -> {
                try {
                    Thread.sleep(t);
                } catch (InterruptedException e) {
                    return;
                }
                synchronized (order) {
                    order.append(t).append(' ');
                }
            });
            sleepers[k].start();
        }
        for (Thread t : sleepers) t.join();
        System.out.println("woke " + order);

        // An interrupt does not end ReentrantLock.lock(); the flag stays set.
        ReentrantLock lock = new ReentrantLock();
        lock.lock();
        boolean[] flagSeen = new boolean[1];
        Thread locker = new Thread(() -> {
            lock.lock();
            flagSeen[0] = Thread.interrupted();
            lock.unlock();
        });
        locker.start();
        Thread.sleep(10);
        locker.interrupt();
        Thread.sleep(10);
        System.out.println("locker alive " + locker.isAlive());
        lock.unlock();
        locker.join();
        System.out.println("locker saw its interrupt " + flagSeen[0]);

        // Future.get with a timeout.
        ExecutorService cached = Executors.newCachedThreadPool();
        Future<String> slow = cached.submit(() -> {
            Thread.sleep(100);
            return "slow done";
        });
        try {
            slow.get(10, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            System.out.println("timed out");
        }
        System.out.println(slow.get(1, TimeUnit.SECONDS));
        cached.shutdown();
        System.out.println("terminated " + cached.awaitTermination(1, TimeUnit.SECONDS));

        // A volatile flag set by another thread, awaited with onSpinWait.
        Thread setter = new Thread(() -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
            flag = true;
        });
        setter.start();
        while (!flag) Thread.onSpinWait();
        System.out.println("flag seen");
    }
}
