package java.lang;

/** rootvm's library-internal helpers that the translator calls and that must not vanish when
 *  the input brings its own class of the same package (as `java.base` brings `Class` and
 *  `Thread`): a `java.lang.Root*` class, a name no input can declare (`java.base` has none, and
 *  no other class loader may define a `java.lang` class). See docs/jvm.md, "Reserved names".
 *  Its methods use nothing an input could replace beyond the JDK's public API. */
public final class RootLib {
    private RootLib() {}

    /** `Class.forName(name)` of a name no class of the program has (reflect.rs). */
    public static Class<?> classNotFound(String name) throws ClassNotFoundException {
        throw new ClassNotFoundException(name);
    }

    // `Object.wait` / `notify` / `notifyAll` in a program without rootvm's threads: the input's
    // own `java.lang.Thread` replaces the library's scheduler (libcalls.rs), so, as for
    // `synchronized` blocks there, the program has one thread. Nothing else can wait or notify.

    /** `notify()` / `notifyAll()` with one thread: nothing waits. */
    public static void notifyOn(Object monitor) {
        if (monitor == null) throw new NullPointerException();
    }
    /** See [`notifyOn`]. */
    public static void notifyAllOn(Object monitor) {
        if (monitor == null) throw new NullPointerException();
    }
    /** `wait()` with one thread: nothing can notify it, so the program is deadlocked (reported
     *  as the scheduler reports it). */
    public static void waitOn(Object monitor) throws InterruptedException { waitOn(monitor, 0L); }
    /** `wait(timeout)` with one thread: returns when the time is up (0: never). */
    public static void waitOn(Object monitor, long millis) throws InterruptedException {
        if (monitor == null) throw new NullPointerException();
        if (millis < 0) throw new IllegalArgumentException("timeout value is negative");
        if (millis == 0) {
            System.err.println("rootvm: deadlock: every thread waits: \"main\" in Object.wait()");
            System.exit(1);
        }
    }
    /** `wait(timeout, nanos)`. */
    public static void waitOn(Object monitor, long millis, int nanos) throws InterruptedException {
        if (nanos < 0 || nanos > 999999) throw new IllegalArgumentException("nanosecond timeout value out of range");
        waitOn(monitor, millis == 0 && nanos > 0 ? 1 : millis);
    }
}
