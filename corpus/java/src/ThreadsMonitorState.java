/** IllegalMonitorStateException: `wait`, `notify` and `notifyAll` on an object whose monitor
 *  the running thread does not own (no one owns it, or another thread does), HotSpot's message;
 *  the same calls inside `synchronized` blocks and methods work. */
public class ThreadsMonitorState {
    static final Object lock = new Object();

    static void attempt(String what, Runnable r) {
        try {
            r.run();
            System.out.println(what + ": ok");
        } catch (IllegalMonitorStateException e) {
            System.out.println(what + ": " + e);
        }
    }

    synchronized void notifyMine() {
        notifyAll();
    }

    void notifyUnsynchronized() {
        notify();
    }

    public static void main(String[] args) throws Exception {
        Object o = new Object();
        attempt("notify", () -> o.notify());
        attempt("notifyAll", () -> o.notifyAll());
        attempt("wait", () -> {
            try {
                o.wait();
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        attempt("wait(10)", () -> {
            try {
                o.wait(10);
            } catch (InterruptedException e) {
                throw new RuntimeException(e);
            }
        });
        attempt("notify owned", () -> {
            synchronized (o) {
                o.notify();
            }
        });
        attempt("wait(5) owned", () -> {
            synchronized (o) {
                try {
                    o.wait(5);
                } catch (InterruptedException e) {
                    throw new RuntimeException(e);
                }
            }
        });
        attempt("notify other object", () -> {
            synchronized (o) {
                lock.notify();
            }
        });
        ThreadsMonitorState s = new ThreadsMonitorState();
        attempt("synchronized method notifyAll", s::notifyMine);
        attempt("unsynchronized method notify", s::notifyUnsynchronized);

        // Another thread owns the monitor.
        Thread holder = new Thread(() -> {
            synchronized (lock) {
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        holder.start();
        Thread.sleep(20);
        attempt("notify while another thread owns it", () -> lock.notify());
        holder.join();
        attempt("notify after it let go", () -> lock.notify());
        try {
            o.notify();
        } catch (IllegalMonitorStateException e) {
            System.out.println("message: " + e.getMessage());
        }
    }
}
