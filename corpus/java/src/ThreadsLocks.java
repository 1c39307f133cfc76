import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/** Monitors and locks between green threads: a synchronized counter incremented by several
 *  threads; a monitor held across a sleep keeps the other thread out; ReentrantLock with two
 *  Conditions alternating two threads; LockSupport.park / unpark; join with a timeout; an
 *  interrupted sleep; a sleep measured with nanoTime / currentTimeMillis. */
public class ThreadsLocks {
    static int counter;
    static final Object lock = new Object();
    static final StringBuilder log = new StringBuilder();

    static synchronized void bump() { counter++; }

    public static void main(String[] args) throws Exception {
        Thread[] ts = new Thread[4];
        for (int k = 0; k < ts.length; k++) {
            ts[k] = new Thread(() -> {
                for (int i = 0; i < 1000; i++) {
                    synchronized (lock) {
                        counter++;
                    }
                    bump();
                    if (i % 100 == 0) Thread.yield();
                }
            });
            ts[k].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("counter " + counter);

        // A holds the monitor while it sleeps; B (started later) waits for it.
        Thread a = new Thread(() -> {
            synchronized (lock) {
                log.append("A in;");
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
                log.append("A out;");
            }
        });
        Thread b = new Thread(() -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (lock) {
                log.append("B in;");
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println(log);

        // Two threads alternate through a ReentrantLock and two conditions.
        ReentrantLock rl = new ReentrantLock();
        Condition pingTurn = rl.newCondition(), pongTurn = rl.newCondition();
        boolean[] pingNext = {true};
        Thread ping = new Thread(() -> {
            for (int i = 0; i < 3; i++) {
                rl.lock();
                try {
                    while (!pingNext[0]) pingTurn.await();
                    System.out.println("ping " + i + " holds " + rl.getHoldCount());
                    pingNext[0] = false;
                    pongTurn.signal();
                } catch (InterruptedException e) {
                    return;
                } finally {
                    rl.unlock();
                }
            }
        });
        Thread pong = new Thread(() -> {
            for (int i = 0; i < 3; i++) {
                rl.lock();
                try {
                    while (pingNext[0]) pongTurn.await();
                    System.out.println("pong " + i);
                    pingNext[0] = true;
                    pingTurn.signal();
                } catch (InterruptedException e) {
                    return;
                } finally {
                    rl.unlock();
                }
            }
        });
        pong.start();
        ping.start();
        ping.join();
        pong.join();
        System.out.println("locked " + rl.isLocked());

        // park / unpark.
        Thread parked = new Thread(() -> {
            LockSupport.park();
            System.out.println("unparked");
        });
        parked.start();
        Thread.sleep(50);
        System.out.println("unparking");
        LockSupport.unpark(parked);
        parked.join();

        // join with a timeout gives up; interrupt ends a sleep.
        Thread sleeper = new Thread(() -> {
            try {
                Thread.sleep(10_000);
                System.out.println("slept");
            } catch (InterruptedException e) {
                System.out.println("interrupted " + Thread.currentThread().isInterrupted());
            }
        });
        sleeper.start();
        sleeper.join(50);
        System.out.println("alive after join(50) " + sleeper.isAlive());
        sleeper.interrupt();
        sleeper.join();
        System.out.println("alive " + sleeper.isAlive());

        // A measured sleep lasts at least as long as it asks.
        long t0 = System.nanoTime(), m0 = System.currentTimeMillis();
        Thread.sleep(100);
        long ns = System.nanoTime() - t0, ms = System.currentTimeMillis() - m0;
        System.out.println("slept 100 ms: " + (ns >= 100_000_000L) + " " + (ms >= 99));
    }
}
