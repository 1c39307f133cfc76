/** `synchronized` methods hold a monitor: an instance method (of `this`) and a static one (of the
 *  class's `Class` object) give up the processor inside (`Thread.yield()`, `Thread.sleep`), so
 *  without the monitor the threads would lose updates; a synchronized method calls another one
 *  on the same object (reentrant); a synchronized method that throws gives the monitor back; a
 *  `synchronized (X.class)` block waits for a static synchronized method; `wait`/`notifyAll`
 *  in synchronized methods. */
public class ThreadsSyncMethods {
    static class Counter {
        private int count;
        private final StringBuilder trail = new StringBuilder();

        synchronized void increment() {
            int c = count;
            Thread.yield();
            count = c + 1;
        }

        synchronized void add(int n) {
            for (int i = 0; i < n; i++) increment();
        }

        synchronized int get() {
            return count;
        }

        synchronized long checked(int n) throws InterruptedException {
            int c = count;
            Thread.sleep(2);
            if (n % 3 == 0) throw new IllegalStateException("refused " + n);
            count = c + n;
            return count;
        }

        synchronized void note(String s) {
            trail.append(s);
        }
    }

    static int total;
    static final StringBuilder log = new StringBuilder();

    static synchronized void addStatic(int n) throws InterruptedException {
        int t = total;
        Thread.sleep(1);
        total = t + n;
    }

    static synchronized void holdClass(long millis) throws InterruptedException {
        log.append("static in;");
        Thread.sleep(millis);
        log.append("static out;");
    }

    /** A one-slot mailbox with synchronized methods that wait and notify. */
    static class Box {
        private Integer item;

        synchronized void put(int v) throws InterruptedException {
            while (item != null) wait();
            item = v;
            notifyAll();
        }

        synchronized int take() throws InterruptedException {
            while (item == null) wait();
            int v = item;
            item = null;
            notifyAll();
            return v;
        }
    }

    public static void main(String[] args) throws Exception {
        Counter counter = new Counter();
        Thread[] ts = new Thread[4];
        for (int k = 0; k < ts.length; k++) {
            ts[k] = new Thread(() -> {
                for (int i = 0; i < 50; i++) counter.increment();
                counter.add(5);
            });
            ts[k].start();
        }
        for (Thread t : ts) t.join();
        System.out.println("instance counter " + counter.get());

        Thread[] us = new Thread[3];
        for (int k = 0; k < us.length; k++) {
            final int step = k + 1;
            us[k] = new Thread(() -> {
                try {
                    for (int i = 0; i < 10; i++) addStatic(step);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            us[k].start();
        }
        for (Thread t : us) t.join();
        System.out.println("static total " + total);

        // A synchronized method that throws releases the monitor: every thread gets in.
        Counter c2 = new Counter();
        Thread[] vs = new Thread[3];
        int[] failures = new int[1];
        for (int k = 0; k < vs.length; k++) {
            final int base = k * 4;
            vs[k] = new Thread(() -> {
                for (int i = base; i < base + 4; i++) {
                    try {
                        c2.checked(i);
                    } catch (IllegalStateException e) {
                        c2.note("[" + e.getMessage() + "]");
                        synchronized (failures) {
                            failures[0]++;
                        }
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            vs[k].start();
        }
        for (Thread t : vs) t.join();
        System.out.println("after throws " + c2.get() + ", failures " + failures[0] + ", trail length " + c2.trail.length());

        // The static synchronized method holds the Class object's monitor.
        Thread h = new Thread(() -> {
            try {
                holdClass(100);
            } catch (InterruptedException e) {
                return;
            }
        });
        h.start();
        Thread.sleep(20);
        synchronized (ThreadsSyncMethods.class) {
            log.append("main in;");
        }
        h.join();
        System.out.println(log);

        Box box = new Box();
        Thread producer = new Thread(() -> {
            try {
                for (int i = 1; i <= 5; i++) box.put(i * i);
            } catch (InterruptedException e) {
                return;
            }
        });
        producer.start();
        int sum = 0;
        for (int i = 0; i < 5; i++) sum += box.take();
        producer.join();
        System.out.println("box sum " + sum);
    }
}
