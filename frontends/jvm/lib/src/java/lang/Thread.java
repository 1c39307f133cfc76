package java.lang;

/** Green threads scheduled by this class on the VM's thread primitives (`RootNative.threadFork`,
 *  `threadSwitch`, `threadEnd`: vm/src/exec/threads.rs). One thread runs at a time; it runs
 *  until it blocks (`join`, `sleep`, `yield`, `Object.wait`, a monitor held by another thread,
 *  the blocking calls of java.util.concurrent), then the next ready thread runs, in the order
 *  they became ready. `start()` makes a thread ready; the starting thread goes on. Time is
 *  virtual: when no thread is ready, the clock jumps to the earliest sleeping (or timed-waiting)
 *  thread, which wakes. When every thread is blocked and none sleeps, the program stops with
 *  `rootvm: deadlock: ...` on standard error and exit status 1. `main` returning waits for the
 *  non-daemon threads (`runAllQueued`, called by the entry function). Monitors: `synchronized`
 *  blocks (monitorenter / monitorexit) have an owner and a count; `wait` releases the monitor
 *  and takes it back; `notify` wakes the longest waiter, `notifyAll` every waiter in order. */
public class Thread implements Runnable {
    private static final int NEW = 0, READY = 1, RUNNING = 2, BLOCKED = 3, TERMINATED = 4;
    private static int created;
    private static long ids = 1;
    private static Thread current;
    /** The ready queue (linked through `nextReady`). */
    private static Thread readyHead, readyTail;
    /** Started threads that have not ended, and main, in start order. */
    private static Thread[] live;
    private static int liveCount;
    /** The virtual clock (milliseconds) and the order of blocking. */
    private static long now, blockSeq;
    /** What `main` waits on after it returns, until no non-daemon thread is alive. */
    private static final Object END_OF_MAIN = new Object();
    /** Monitors held now: object, owner and hold count, in parallel arrays. */
    private static Object[] monitors = new Object[8];
    private static Thread[] owners = new Thread[8];
    private static int[] holds = new int[8];
    private static int monitorCount;
    /** What threads waiting for a monitor wait on (a release wakes them to look again), and
     *  how many do: a release with none waiting costs no scan of the threads. */
    private static final Object MONITOR_RELEASED = new Object();
    private static int monitorWaiters;

    private final Runnable target;
    private String name;
    private int state;
    private boolean daemon;
    private boolean interrupted;
    private boolean parkPermit;
    private int priority = 5;
    private final long tid;
    /** The VM's number of this thread (0: main). */
    private int vmId;
    private Thread nextReady;
    /** While blocked: what it waits on (`null`: nothing a notify reaches), since when, why, and
     *  the virtual time it wakes at (-1: none). */
    private Object waitingOn;
    private long waitSeq;
    private String blockedIn;
    private long wakeAt = -1;
    /** Whether the last block ended by its time running out. */
    private boolean timedOut;

    public Thread() { this(null, null); }
    public Thread(Runnable target) { this(target, null); }
    public Thread(String name) { this(null, name); }
    public Thread(Runnable target, String name) {
        this.target = target;
        this.name = name != null ? name : "Thread-" + created++;
        this.tid = ++ids;
    }
    private Thread(String name, boolean main) {
        this.target = null;
        this.name = name;
        this.tid = 1;
    }

    /** The current thread's frames, this method's first (named as HotSpot names it: trace.rs);
     *  another thread's stack is not available here: an empty array. */
    public StackTraceElement[] getStackTrace() {
        if (this != currentThread()) return new StackTraceElement[0];
        return new Throwable().getStackTrace();
    }

    public static Thread currentThread() {
        if (current == null) {
            current = new Thread("main", true);
            current.state = RUNNING;
            live = new Thread[8];
            live[liveCount++] = current;
        }
        return current;
    }

    public void run() {
        if (target != null) target.run();
    }

    public void start() {
        if (state != NEW) throw new IllegalThreadStateException();
        currentThread();
        if (liveCount == live.length) live = java.util.Arrays.copyOf(live, liveCount * 2);
        live[liveCount++] = this;
        updatePreemption();
        int id = RootNative.threadFork();
        if (id == 0) {
            // The new thread, once the scheduler switches to it: this frame is its bottom one.
            runAndEnd();
        }
        vmId = id;
        makeReady(this);
    }

    /** The body of a started thread: runs it, reports an uncaught exception, wakes its joiners
     *  and ends the thread, switching to the next one. Never returns. */
    private void runAndEnd() {
        try {
            run();
        } catch (Throwable t) {
            System.err.print("Exception in thread \"" + name + "\" ");
            t.printStackTrace();
        }
        state = TERMINATED;
        int at = 0;
        while (live[at] != this) at++;
        System.arraycopy(live, at + 1, live, at, liveCount - at - 1);
        live[--liveCount] = null;
        updatePreemption();
        notifyAllOn(this);
        notifyAllOn(END_OF_MAIN);
        Thread next = nextToRun();
        if (next == null) deadlock();
        current = next;
        next.state = RUNNING;
        RootNative.threadEnd(next.vmId);
    }

    private static void makeReady(Thread t) {
        t.state = READY;
        t.waitingOn = null;
        t.wakeAt = -1;
        t.nextReady = null;
        if (readyTail == null) readyHead = t;
        else readyTail.nextReady = t;
        readyTail = t;
    }

    /** The next thread to run: the first ready one, else the earliest timed waiter (the clock
     *  jumps to its time), else `null`. */
    private static Thread nextToRun() {
        Thread t = readyHead;
        if (t != null) {
            readyHead = t.nextReady;
            if (readyHead == null) readyTail = null;
            t.nextReady = null;
            return t;
        }
        Thread timed = null;
        for (int k = 0; k < liveCount; k++) {
            Thread c = live[k];
            if (c.state == BLOCKED && c.wakeAt >= 0
                && (timed == null || c.wakeAt < timed.wakeAt || c.wakeAt == timed.wakeAt && c.waitSeq < timed.waitSeq)) {
                timed = c;
            }
        }
        if (timed == null) return null;
        if (timed.wakeAt > now) now = timed.wakeAt;
        timed.waitingOn = null;
        timed.wakeAt = -1;
        timed.timedOut = true;
        return timed;
    }

    /** Blocks the running thread (waiting on `on`, until virtual time `wakeAt` if not -1) and
     *  runs others until something makes it ready again. */
    private static void block(Object on, long wakeAt, String what) {
        Thread me = currentThread();
        me.state = BLOCKED;
        me.waitingOn = on;
        me.wakeAt = wakeAt;
        me.waitSeq = ++blockSeq;
        me.blockedIn = what;
        me.timedOut = false;
        Thread next = nextToRun();
        if (next == null) deadlock();
        next.state = RUNNING;
        if (next != me) {
            current = next;
            RootNative.threadSwitch(next.vmId);
        }
    }

    private static void deadlock() {
        StringBuilder sb = new StringBuilder("rootvm: deadlock: every thread waits:");
        String sep = " \"";
        for (int k = 0; k < liveCount; k++) {
            Thread t = live[k];
            if (t.state == BLOCKED) {
                sb.append(sep).append(t.name).append("\" in ").append(t.blockedIn);
                sep = ", \"";
            }
        }
        System.err.println(sb.toString());
        System.exit(1);
    }

    /** The virtual clock, in milliseconds (for the timed waits of java.util.concurrent). */
    public static long rootNow() { return now; }

    /** Waits on `monitor` until notified (or, if `millis` >= 0, until `millis` of virtual time
     *  passed); `what` names the wait in a deadlock message. Returns false on a timeout. */
    public static boolean rootWait(Object monitor, long millis, String what) throws InterruptedException {
        Thread me = currentThread();
        if (me.interrupted) {
            me.interrupted = false;
            throw new InterruptedException();
        }
        block(monitor, millis >= 0 ? now + millis : -1, what);
        if (me.interrupted) {
            me.interrupted = false;
            throw new InterruptedException();
        }
        return !me.timedOut;
    }

    /** Waits on `monitor` like `rootWait`, but an interrupt only wakes the thread (its flag stays
     *  set) instead of throwing: for waits that are not interruptible (`ReentrantLock.lock`, an
     *  idle pool thread). Returns false on a timeout. */
    public static boolean rootBlock(Object monitor, long millis, String what) {
        block(monitor, millis >= 0 ? now + millis : -1, what);
        return !currentThread().timedOut;
    }

    /** Wakes the thread that has waited longest on `monitor`, if any. */
    public static void notifyOn(Object monitor) {
        if (monitor == null) throw new NullPointerException();
        Thread first = null;
        for (int k = 0; k < liveCount; k++) {
            Thread t = live[k];
            if (t.state == BLOCKED && t.waitingOn == monitor && (first == null || t.waitSeq < first.waitSeq)) first = t;
        }
        if (first != null) makeReady(first);
    }
    /** Wakes every thread waiting on `monitor`, longest waiter first. */
    public static void notifyAllOn(Object monitor) {
        if (monitor == null) throw new NullPointerException();
        while (true) {
            Thread first = null;
            for (int k = 0; k < liveCount; k++) {
                Thread t = live[k];
                if (t.state == BLOCKED && t.waitingOn == monitor && (first == null || t.waitSeq < first.waitSeq)) first = t;
            }
            if (first == null) return;
            makeReady(first);
        }
    }

    /** `Object.wait()` (the frontend redirects it here): releases the monitor, waits for a
     *  notify and takes the monitor back. */
    public static void waitOn(Object monitor) throws InterruptedException { waitTimed(monitor, -1); }
    /** `Object.wait(timeout)`. */
    public static void waitOn(Object monitor, long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        waitTimed(monitor, millis == 0 ? -1 : millis);
    }
    public static void waitOn(Object monitor, long millis, int nanos) throws InterruptedException {
        waitOn(monitor, millis == 0 && nanos > 0 ? 1 : millis);
    }
    private static void waitTimed(Object monitor, long millis) throws InterruptedException {
        if (monitor == null) throw new NullPointerException();
        int m = monitorIndex(monitor);
        Thread me = currentThread();
        int count = 0;
        if (m >= 0) {
            if (owners[m] != me) throw new IllegalMonitorStateException("current thread is not owner");
            count = holds[m];
            removeMonitor(m);
        }
        try {
            rootWait(monitor, millis, "Object.wait()");
        } finally {
            if (count > 0) {
                monitorEnter(monitor);
                holds[monitorIndex(monitor)] = count;
            }
        }
    }

    private static int monitorIndex(Object o) {
        for (int k = 0; k < monitorCount; k++) if (monitors[k] == o) return k;
        return -1;
    }
    private static void removeMonitor(int m) {
        Object o = monitors[m];
        monitorCount--;
        monitors[m] = monitors[monitorCount];
        owners[m] = owners[monitorCount];
        holds[m] = holds[monitorCount];
        monitors[monitorCount] = null;
        owners[monitorCount] = null;
        if (monitorWaiters > 0) notifyAllOn(MONITOR_RELEASED);
    }
    /** `monitorenter` (the start of a `synchronized` block): takes `o`'s monitor, waiting while
     *  another thread holds it. */
    public static void monitorEnter(Object o) {
        if (o == null) throw new NullPointerException();
        Thread me = currentThread();
        while (true) {
            int m = monitorIndex(o);
            if (m < 0) break;
            if (owners[m] == me) {
                holds[m]++;
                return;
            }
            // Waiters for any monitor wait on MONITOR_RELEASED and look again when one is released.
            monitorWaiters++;
            block(MONITOR_RELEASED, -1, "synchronized (monitor held by \"" + owners[m].name + "\")");
            monitorWaiters--;
        }
        if (monitorCount == monitors.length) {
            monitors = java.util.Arrays.copyOf(monitors, monitorCount * 2);
            owners = java.util.Arrays.copyOf(owners, monitorCount * 2);
            holds = java.util.Arrays.copyOf(holds, monitorCount * 2);
        }
        monitors[monitorCount] = o;
        owners[monitorCount] = me;
        holds[monitorCount] = 1;
        monitorCount++;
    }
    /** `monitorexit` (the end of a `synchronized` block). */
    public static void monitorExit(Object o) {
        int m = monitorIndex(o);
        if (m < 0 || owners[m] != current) throw new IllegalMonitorStateException();
        if (--holds[m] == 0) removeMonitor(m);
    }

    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        Thread me = currentThread();
        if (me.interrupted) {
            me.interrupted = false;
            throw new InterruptedException("sleep interrupted");
        }
        block(null, now + millis, "Thread.sleep()");
        if (me.interrupted) {
            me.interrupted = false;
            throw new InterruptedException("sleep interrupted");
        }
    }
    public static void sleep(long millis, int nanos) throws InterruptedException { sleep(millis); }
    /** Lets the ready threads run first; with none ready, wakes the earliest sleeper. */
    public static void yield() {
        Thread me = currentThread();
        if (readyHead == null) {
            Thread next = nextToRun();
            if (next == null) return;
            makeReady(next);
        }
        makeReady(me);
        me.blockedIn = "Thread.yield()";
        Thread next = nextToRun();
        next.state = RUNNING;
        if (next != me) {
            current = next;
            RootNative.threadSwitch(next.vmId);
        }
    }
    public static void onSpinWait() { Thread.yield(); }

    /** `LockSupport.park()`: waits for a permit (`unpark`), or `millis` of virtual time if >= 0. */
    public static void rootPark(long millis) {
        Thread me = currentThread();
        if (!me.parkPermit && !me.interrupted) block(me, millis >= 0 ? now + millis : -1, "LockSupport.park()");
        me.parkPermit = false;
    }
    /** `LockSupport.unpark(t)`. */
    public static void rootUnpark(Thread t) {
        if (t == null) return;
        if (t.state == BLOCKED && t.waitingOn == t) makeReady(t);
        else t.parkPermit = true;
    }

    /** rootvm's scheduler at the end of `main`: waits until no non-daemon thread is alive (the
     *  JVM does not wait for daemons). */
    public static void runAllQueued() {
        while (true) {
            boolean others = false;
            for (int k = 1; k < liveCount; k++) others |= !live[k].daemon;
            if (!others) return;
            rootBlock(END_OF_MAIN, -1, "the end of main()");
        }
    }

    public void join() throws InterruptedException {
        while (isAlive()) rootWait(this, -1, "Thread.join()");
    }
    public void join(long millis) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (millis == 0) {
            join();
            return;
        }
        long deadline = now + millis;
        while (isAlive() && now < deadline) rootWait(this, deadline - now, "Thread.join()");
    }
    public boolean isAlive() { return state != NEW && state != TERMINATED; }
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
    public long getId() { return tid; }
    /** Sets the flag; a thread blocked in `sleep`, `wait`, `join` or `park` wakes (the first
     *  three then throw `InterruptedException`). */
    public void interrupt() {
        interrupted = true;
        if (state == BLOCKED && waitingOn != END_OF_MAIN && waitingOn != MONITOR_RELEASED) makeReady(this);
    }
    public boolean isInterrupted() { return interrupted; }
    public static boolean interrupted() {
        Thread t = currentThread();
        boolean was = t.interrupted;
        t.interrupted = false;
        return was;
    }
    public String toString() { return "Thread[" + name + "," + priority + ",main]"; }

    // ---- Preemption (vm/src/exec/preempt.rs): while another thread is alive, the running
    // thread yields every PREEMPT_SLICE backward branches of the program's own code (the
    // library's code is never preempted: its updates of shared state stay atomic), so a thread
    // spinning on a volatile flag lets the others run. A fixed count keeps runs deterministic.

    /** Backward branches between two preemptions. */
    private static final int PREEMPT_SLICE = 10000;
    private static boolean preempting;

    /** Arms preemption when a second thread is alive, disarms it when one is left. */
    private static void updatePreemption() {
        boolean on = liveCount > 1;
        if (on != preempting) {
            preempting = on;
            RootNative.threadPreempt(on ? PREEMPT_SLICE : 0);
        }
    }

    /** Virtual milliseconds a preemption slice of a running thread lasts: a thread that
     *  computes (or spins on `System.nanoTime()`) moves the clock at that pace, so a sleeper
     *  wakes when the clock reaches its time, not at the first preemption. */
    private static final long SLICE_MILLIS = 1;

    /** The VM's preemption hook: a slice of virtual time passed; the timed waiters it reached
     *  wake, and the running thread yields to the ready threads (with none, it goes on). */
    private static void preempted() {
        now += SLICE_MILLIS;
        wakeDue();
        if (readyHead != null) Thread.yield();
    }

    /** Makes ready, in time order, the timed waiters whose time the clock reached. */
    private static void wakeDue() {
        while (true) {
            Thread due = null;
            for (int k = 0; k < liveCount; k++) {
                Thread c = live[k];
                if (c.state == BLOCKED && c.wakeAt >= 0 && c.wakeAt <= now
                    && (due == null || c.wakeAt < due.wakeAt || c.wakeAt == due.wakeAt && c.waitSeq < due.waitSeq)) {
                    due = c;
                }
            }
            if (due == null) return;
            due.timedOut = true;
            makeReady(due);
        }
    }

    // ---- Monitor ownership of Object.wait/notify/notifyAll (the frontend redirects a
    // program's calls here, libcalls.rs): HotSpot's IllegalMonitorStateException when the
    // running thread does not own the monitor.

    /** Throws `IllegalMonitorStateException` unless the running thread owns `o`'s monitor. */
    private static void checkOwner(Object o) {
        if (o == null) throw new NullPointerException();
        int m = monitorIndex(o);
        if (m < 0 || owners[m] != currentThread()) throw new IllegalMonitorStateException("current thread is not owner");
    }
    /** `Thread.holdsLock(o)`: whether the running thread owns `o`'s monitor. */
    public static boolean holdsLock(Object o) {
        if (o == null) throw new NullPointerException();
        int m = monitorIndex(o);
        return m >= 0 && owners[m] == currentThread();
    }
    /** `Object.wait()`. */
    public static void ownerWait(Object o) throws InterruptedException {
        checkOwner(o);
        waitOn(o);
    }
    /** `Object.wait(millis)`. */
    public static void ownerWait(Object o, long millis) throws InterruptedException {
        // As `Object.wait`: the arguments are checked before the monitor's owner.
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        checkOwner(o);
        waitOn(o, millis);
    }
    /** `Object.wait(millis, nanos)`. */
    public static void ownerWait(Object o, long millis, int nanos) throws InterruptedException {
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (nanos < 0 || nanos > 999999) throw new IllegalArgumentException("nanosecond timeout value out of range");
        checkOwner(o);
        waitOn(o, millis, nanos);
    }
    /** `Object.notify()`. */
    public static void ownerNotify(Object o) {
        checkOwner(o);
        notifyOn(o);
    }
    /** `Object.notifyAll()`. */
    public static void ownerNotifyAll(Object o) {
        checkOwner(o);
        notifyAllOn(o);
    }
}
