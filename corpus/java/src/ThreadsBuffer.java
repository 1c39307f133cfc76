import java.util.ArrayList;
import java.util.List;

/** A bounded buffer with wait/notifyAll: two producers and two consumers take turns through a
 *  buffer of capacity 2; the totals and counts are deterministic. Also ping-pong with
 *  wait/notify on a shared turn variable, which prints in a fixed order. */
public class ThreadsBuffer {
    static class Buffer {
        private final int[] items = new int[2];
        private int count, putAt, takeAt;
        synchronized void put(int v) throws InterruptedException {
            while (count == items.length) wait();
            items[putAt] = v;
            putAt = (putAt + 1) % items.length;
            count++;
            notifyAll();
        }
        synchronized int take() throws InterruptedException {
            while (count == 0) wait();
            int v = items[takeAt];
            takeAt = (takeAt + 1) % items.length;
            count--;
            notifyAll();
            return v;
        }
    }

    static final Object lock = new Object();
    static int turn;

    public static void main(String[] args) throws InterruptedException {
        Buffer buffer = new Buffer();
        long[] sums = new long[2];
        int[] counts = new int[2];
        List<Thread> threads = new ArrayList<>();
        for (int p = 0; p < 2; p++) {
            int base = p * 1000;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 1; i <= 50; i++) buffer.put(base + i);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (int c = 0; c < 2; c++) {
            int me = c;
            threads.add(new Thread(() -> {
                try {
                    for (int i = 0; i < 50; i++) {
                        sums[me] += buffer.take();
                        counts[me]++;
                    }
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }));
        }
        for (Thread t : threads) t.start();
        for (Thread t : threads) t.join();
        System.out.println("taken " + (counts[0] + counts[1]) + " sum " + (sums[0] + sums[1]));

        // Ping-pong: each thread waits for its turn, prints and hands the turn over.
        Thread[] players = new Thread[3];
        for (int k = 0; k < 3; k++) {
            int me = k;
            players[k] = new Thread(() -> {
                for (int round = 0; round < 4; round++) {
                    synchronized (lock) {
                        while (turn % 3 != me) {
                            try {
                                lock.wait();
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                        System.out.println("player " + me + " round " + round);
                        turn++;
                        lock.notifyAll();
                    }
                }
            }, "player-" + k);
        }
        for (int k = 2; k >= 0; k--) players[k].start();
        for (Thread t : players) t.join();
        System.out.println("turns " + turn);
    }
}
