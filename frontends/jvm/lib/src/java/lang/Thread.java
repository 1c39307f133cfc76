package java.lang;

/** Threads run one at a time: `start()` runs `run()` to completion before returning, which gives
 *  java's output for programs whose threads do not wait for each other (start, join, read the
 *  results). A thread that blocks waiting for another cannot be run this way. */
public class Thread implements Runnable {
    private static int created;
    private static Thread current;
    private final Runnable target;
    private String name;
    private boolean started;
    private boolean daemon;

    public Thread() { this(null, null); }
    public Thread(Runnable target) { this(target, null); }
    public Thread(String name) { this(null, name); }
    public Thread(Runnable target, String name) {
        this.target = target;
        this.name = name != null ? name : "Thread-" + created++;
    }

    public static Thread currentThread() {
        if (current == null) current = new Thread(null, "main");
        return current;
    }
    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
    }
    public static void yield() {}
    public static void onSpinWait() {}

    public void run() {
        if (target != null) target.run();
    }
    public void start() {
        if (started) throw new IllegalThreadStateException();
        started = true;
        Thread caller = currentThread();
        current = this;
        try {
            run();
        } catch (Throwable t) {
            System.err.print("Exception in thread \"" + name + "\" ");
            t.printStackTrace();
        } finally {
            current = caller;
        }
    }
    public void join() throws InterruptedException {}
    public void join(long millis) throws InterruptedException {}
    public boolean isAlive() { return false; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isDaemon() { return daemon; }
    public void setDaemon(boolean on) { daemon = on; }
    public void interrupt() {}
    public boolean isInterrupted() { return false; }
    public String toString() { return "Thread[" + name + ",5," + (name.equals("main") ? "main" : "main") + "]"; }
}
