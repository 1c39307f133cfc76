import java.io.PrintStream;

/** Stack traces as StackTraceElement arrays: the idioms of loggers and of "the current method". */
public class TraceElements {
    static String where() {
        StackTraceElement caller = new Throwable().getStackTrace()[1];
        return caller.getClassName() + "." + caller.getMethodName() + ":" + caller.getLineNumber();
    }

    static String currentMethod() {
        return new Throwable().getStackTrace()[0].getMethodName();
    }

    static void log(String msg) {
        StackTraceElement e = Thread.currentThread().getStackTrace()[2];
        System.out.println("[" + e.getClassName() + "." + e.getMethodName() + ":" + e.getLineNumber() + "] " + msg);
    }

    static int fail(int depth) {
        if (depth == 0) throw new IllegalStateException("deep");
        return fail(depth - 1) + 1;
    }

    static class Box {
        final int v;
        Box(int v) {
            if (v < 0) throw new IllegalArgumentException("negative " + v);
            this.v = v;
        }
    }

    static class Init {
        static final String NAME;
        static {
            String n;
            try {
                n = String.valueOf(fail(1));
            } catch (IllegalStateException e) {
                n = "init:" + e.getStackTrace()[2].getMethodName();
                printAll(e);
            }
            NAME = n;
        }
    }

    static void printAll(Throwable t) {
        System.out.println(t);
        for (StackTraceElement e : t.getStackTrace()) System.out.println("  " + e);
    }

    static Throwable made() { return new RuntimeException("made"); }

    static void refill(Throwable t) { t.fillInStackTrace(); }

    public static void main(String[] args) {
        System.out.println(where());
        System.out.println(currentMethod());
        log("logged");
        StackTraceElement[] here = Thread.currentThread().getStackTrace();
        System.out.println(here.length + " " + here[0] + " " + here[0].getClassName() + " " + here[0].getModuleName());
        System.out.println(here[1]);

        try {
            fail(3);
        } catch (IllegalStateException e) {
            StackTraceElement[] t = e.getStackTrace();
            System.out.println(t.length + " " + t[0].getMethodName() + " " + t[0].getLineNumber() + " " + t[0].getFileName()
                + " " + t[0].isNativeMethod() + " " + t[4].getMethodName());
            printAll(e);
            // A copy each time.
            t[0] = null;
            StackTraceElement[] again = e.getStackTrace();
            System.out.println((again != t) + " " + again[0] + " " + again[0].equals(e.getStackTrace()[0])
                + " " + (again[0].hashCode() == e.getStackTrace()[0].hashCode()));
        }

        try {
            new Box(-2);
        } catch (IllegalArgumentException e) {
            printAll(e);
        }

        System.out.println(Init.NAME);

        Runnable r = () -> {
            StackTraceElement[] t = new Exception().getStackTrace();
            System.out.println("lambda " + t[0].getMethodName().startsWith("lambda$") + " " + t[1]);
        };
        r.run();

        // fillInStackTrace again: the trace of where it was called.
        Throwable m = made();
        System.out.println(m.getStackTrace()[0]);
        refill(m);
        System.out.println(m.getStackTrace()[0] + " / " + m.getStackTrace()[1]);

        // setStackTrace: the elements given (a copy), printed and returned.
        Exception custom = new Exception("custom");
        StackTraceElement[] mine = {
            new StackTraceElement("com.example.Service", "handle", "Service.java", 42),
            new StackTraceElement("com.example.Native", "poll", null, -2),
            new StackTraceElement("com.example.Gen", "run", null, -1),
            new StackTraceElement("com.example.NoLine", "go", "NoLine.java", -1),
            new StackTraceElement("app", null, null, "com.example.Loaded", "m", "Loaded.java", 7),
            new StackTraceElement("loader", "my.module", "1.2", "com.example.Mod", "m", "Mod.java", 8),
            new StackTraceElement(null, "java.base", null, "java.lang.Thing", "m", "Thing.java", 9),
        };
        custom.setStackTrace(mine);
        mine[0] = new StackTraceElement("Other", "x", "Other.java", 1);
        custom.printStackTrace(System.out);
        System.out.println(custom.getStackTrace().length + " " + custom.getStackTrace()[0].getLineNumber());
        try {
            custom.setStackTrace(null);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try {
            custom.setStackTrace(new StackTraceElement[] {mine[1], null});
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        try {
            new StackTraceElement(null, "m", "F.java", 1);
        } catch (NullPointerException e) {
            System.out.println("NPE " + e.getMessage());
        }
        StackTraceElement a = new StackTraceElement("A", "m", "A.java", 3);
        StackTraceElement b = new StackTraceElement("A", "m", "A.java", 3);
        StackTraceElement c = new StackTraceElement("A", "m", "A.java", 4);
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + (a.hashCode() == b.hashCode()) + " " + a.hashCode()
            + " " + a.equals("A.m(A.java:3)") + " " + a.equals(null));

        // A cause whose set trace ends with the enclosing trace's frames: "... N more".
        Exception outer = new Exception("outer");
        outer.setStackTrace(new StackTraceElement[] {a, mine[3], mine[4]});
        Exception inner = new Exception("inner");
        inner.setStackTrace(new StackTraceElement[] {c, b, mine[3], mine[4]});
        outer.initCause(inner);
        outer.addSuppressed(new Error("sup"));
        outer.getSuppressed()[0].setStackTrace(new StackTraceElement[] {mine[4]});
        outer.printStackTrace(System.out);
        PrintStream out = System.out;
        out.println("end");
    }
}
