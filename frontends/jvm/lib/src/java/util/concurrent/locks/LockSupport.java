package java.util.concurrent.locks;

/** Parking green threads (java/lang/Thread.java): `park` blocks until `unpark` gives a permit. */
public class LockSupport {
    private LockSupport() {}
    public static void park() { Thread.rootPark(-1); }
    public static void park(Object blocker) { Thread.rootPark(-1); }
    public static void parkNanos(long nanos) { Thread.rootPark(Math.max(0, nanos / 1000000)); }
    public static void parkNanos(Object blocker, long nanos) { parkNanos(nanos); }
    public static void unpark(Thread thread) { Thread.rootUnpark(thread); }
}
