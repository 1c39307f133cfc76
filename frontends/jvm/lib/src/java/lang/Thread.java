package java.lang;

/** Threads are run by a deterministic scheduler, one at a time, each to completion on the
 *  caller's stack (there are no green threads: a thread cannot be suspended and resumed).
 *  `start()` queues the thread; queued threads run, in start order, when a running thread
 *  would wait for them: `join` of a queued thread runs it, `Object.wait`, `sleep`, `yield`,
 *  `onSpinWait` and the blocking calls of java.util.concurrent (`Future.get`,
 *  `CountDownLatch.await`, `BlockingQueue.take` / `put`, `Condition.await`) run queued threads,
 *  and whatever is still queued when `main` ends runs then. A wait that no queued thread can
 *  end (every other thread is itself waiting further down the stack) is a deadlock in this
 *  model: the program stops with a `rootvm: deadlock` message and exit status 1, never hangs.
 *  Programs whose threads take turns (a bounded buffer filled and emptied alternately, ping-pong)
 *  need real scheduling and stop this way; a thread that busy-waits on a flag without calling
 *  any of the above spins forever (`--fuel` bounds it). */
public class Thread implements Runnable {
    private static final int NEW = 0, QUEUED = 1, RUNNING = 2, TERMINATED = 3;
    private static int created;
    private static Thread current;
    private static Thread[] queue;
    private static int queued;
    private final Runnable target;
    private String name;
    private int state;
    private boolean daemon;
    private boolean interrupted;
    private int priority = 5;

    public Thread() { this(null, null); }
    public Thread(Runnable target) { this(target, null); }
    public Thread(String name) { this(null, name); }
    public Thread(Runnable target, String name) {
        this.target = target;
        this.name = name != null ? name : "Thread-" + created++;
    }

    public static Thread currentThread() {
        if (current == null) {
            current = new Thread(null, "main");
            current.state = RUNNING;
        }
        return current;
    }
    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        runQueued(queued);
    }
    public static void sleep(long millis, int nanos) throws InterruptedException { sleep(millis); }
    public static void yield() { runQueuedThread(); }
    public static void onSpinWait() { runQueuedThread(); }

    public void run() {
        if (target != null) target.run();
    }
    public void start() {
        if (state != NEW) throw new IllegalThreadStateException();
        state = QUEUED;
        if (queue == null) queue = new Thread[8];
        if (queued == queue.length) queue = java.util.Arrays.copyOf(queue, queued * 2);
        queue[queued++] = this;
    }
    /** Runs this queued thread now, to completion. */
    private void runNow() {
        int at = 0;
        while (queue[at] != this) at++;
        System.arraycopy(queue, at + 1, queue, at, queued - at - 1);
        queue[--queued] = null;
        state = RUNNING;
        Thread caller = currentThread();
        current = this;
        try {
            run();
        } catch (Throwable t) {
            System.err.print("Exception in thread \"" + name + "\" ");
            t.printStackTrace();
        } finally {
            current = caller;
            state = TERMINATED;
        }
    }
    /** rootvm's scheduler: runs the first queued thread; false if none is queued. */
    public static boolean runQueuedThread() {
        if (queued == 0) return false;
        queue[0].runNow();
        return true;
    }
    /** Runs up to `n` queued threads (those queued now, when sleeping). */
    private static void runQueued(int n) {
        for (int k = 0; k < n && runQueuedThread(); k++) {}
    }
    /** rootvm's scheduler at the end of `main`: runs every queued thread but daemons (the JVM
     *  does not wait for them). */
    public static void runAllQueued() {
        while (true) {
            Thread next = null;
            for (int k = 0; k < queued && next == null; k++) if (!queue[k].daemon) next = queue[k];
            if (next == null) return;
            next.runNow();
        }
    }
    /** rootvm's scheduler, for a thread that waits for something only another thread can do:
     *  runs one queued thread, or stops the program (a deadlock in this model). */
    public static void awaitOthers(String what) {
        if (!runQueuedThread()) deadlock(what);
    }
    private static void deadlock(String what) {
        System.err.println("rootvm: deadlock: thread \"" + currentThread().name + "\" waits in " + what
            + ", which no queued thread can end (threads run one at a time, each to completion)");
        System.exit(1);
    }
    /** `Object.wait()` (the frontend redirects it here): a wakeup after running one queued
     *  thread (a spurious wakeup, which Java allows: callers wait in a loop). */
    public static void waitOn(Object monitor) throws InterruptedException { awaitOthers("Object.wait()"); }
    /** `Object.wait(timeout)`: runs one queued thread if there is one, else times out. */
    public static void waitOn(Object monitor, long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (millis == 0) awaitOthers("Object.wait()");
        else runQueuedThread();
    }
    public static void waitOn(Object monitor, long millis, int nanos) throws InterruptedException { waitOn(monitor, millis == 0 && nanos > 0 ? 1 : millis); }

    public void join() throws InterruptedException {
        if (state == QUEUED) runNow();
        else if (state == RUNNING) deadlock("join() of thread \"" + name + "\" (it is waiting itself)");
    }
    public void join(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (state == QUEUED) runNow();
    }
    public boolean isAlive() { return state == QUEUED || state == RUNNING; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public boolean isDaemon() { return daemon; }
    public void setDaemon(boolean on) {
        if (state != NEW) throw new IllegalThreadStateException();
        daemon = on;
    }
    public int getPriority() { return priority; }
    public void setPriority(int p) {
        if (p < 1 || p > 10) throw new IllegalArgumentException();
        priority = p;
    }
    public long getId() { return 1; }
    public void interrupt() { interrupted = true; }
    public boolean isInterrupted() { return interrupted; }
    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        t.interrupted = false;
        return was;
    }
    public String toString() { return "Thread[" + name + "," + priority + ",main]"; }
}
