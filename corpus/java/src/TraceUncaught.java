/** Throwables that control their traces, then an uncaught exception with a cause and suppressed
 *  exceptions (HotSpot's uncaught-exception handler prints it to standard error). */
public class TraceUncaught {
    /** A cheap exception: no trace at all. */
    static class Quiet extends RuntimeException {
        Quiet(String m) { super(m); }
        @Override public synchronized Throwable fillInStackTrace() { return this; }
    }

    /** Counts its fills and still records the trace. */
    static class Counted extends Exception {
        static int fills;
        Counted(String m) { super(m); }
        @Override public synchronized Throwable fillInStackTrace() {
            fills++;
            return super.fillInStackTrace();
        }
    }

    /** Neither a writable trace nor suppression. */
    static class Frozen extends RuntimeException {
        Frozen(String m, Throwable cause) { super(m, cause, false, false); }
    }

    /** Suppression on, trace off. */
    static class Light extends RuntimeException {
        Light(String m) { super(m, null, true, false); }
    }

    static class Resource implements AutoCloseable {
        final String name;
        Resource(String name) { this.name = name; }
        @Override public void close() { throw new IllegalStateException("close " + name); }
    }

    static void level2(int x) {
        try (Resource a = new Resource("a"); Resource b = new Resource("b")) {
            if (x > 0) throw new UnsupportedOperationException("level2 " + x);
        }
    }

    static void level1(int x) {
        try {
            level2(x);
        } catch (UnsupportedOperationException e) {
            throw new RuntimeException("level1 failed", e);
        }
    }

    static void show(Throwable t) {
        System.out.println(t + " trace=" + t.getStackTrace().length + " suppressed=" + t.getSuppressed().length);
    }

    public static void main(String[] args) {
        Quiet q = new Quiet("quiet");
        show(q);
        q.printStackTrace(System.out);
        q.setStackTrace(new StackTraceElement[] {new StackTraceElement("Q", "set", "Q.java", 1)});
        show(q);

        Counted c = new Counted("counted");
        System.out.println(Counted.fills + " " + c.getStackTrace()[0]);
        c.fillInStackTrace();
        System.out.println(Counted.fills + " " + c.getStackTrace()[0]);

        Frozen f = new Frozen("frozen", q);
        f.addSuppressed(new Error("ignored"));
        f.setStackTrace(new StackTraceElement[] {new StackTraceElement("F", "set", "F.java", 1)});
        f.fillInStackTrace();
        show(f);
        f.printStackTrace(System.out);

        Light l = new Light("light");
        l.addSuppressed(new Error("kept"));
        show(l);
        l.printStackTrace(System.out);

        try {
            l.addSuppressed(l);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            l.addSuppressed(null);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(new Throwable().getSuppressed() == new Exception().getSuppressed());

        level1(3);
    }
}
