import java.io.*;
import java.util.*;

// Serialization of the runtime's own classes: exceptions (message, cause, stack trace,
// suppressed) and StringBuilder, through Throwable's and StringBuilder's hooks.
public class SerThrowable {
    static class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final List<String> context = new ArrayList<>();
        Failure(String message, Throwable cause) { super(message, cause); }
    }

    static class Report implements Serializable {
        private static final long serialVersionUID = 2L;
        StringBuilder text = new StringBuilder("report:");
        StringBuilder same = text;
        Exception error;
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(T o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bos)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    static Failure fail(int depth) {
        if (depth > 0) return fail(depth - 1);
        Failure f = new Failure("deep", new IllegalArgumentException("bad argument"));
        f.context.add("step 1");
        f.addSuppressed(new IllegalStateException("while closing"));
        return f;
    }

    public static void main(String[] args) throws Exception {
        StringBuilder sb = new StringBuilder("hello");
        sb.append(", world").append('!').append(42);
        StringBuilder sb2 = copy(sb);
        System.out.println(sb2 + " " + sb2.length() + " " + (sb2 != sb));
        sb2.append(" more");
        System.out.println(sb2);
        System.out.println(copy(new StringBuilder()).length());

        Failure f = fail(2);
        Failure g = copy(f);
        System.out.println(g.getMessage() + " " + g.context + " " + g.getCause());
        System.out.println(g.getSuppressed().length + " " + g.getSuppressed()[0].getMessage());
        System.out.println(Arrays.equals(f.getStackTrace(), g.getStackTrace()) + " " + g.getStackTrace().length);
        System.out.println(g.getStackTrace()[0] + " | " + g.getCause().getStackTrace()[0]);
        g.printStackTrace(System.out);

        Exception plain = copy(new Exception("no cause"));
        System.out.println(plain.getCause() + " " + plain.getSuppressed().length);
        plain.initCause(new Error("later"));
        System.out.println(plain.getCause());
        NullPointerException npe = copy(new NullPointerException("npe"));
        System.out.println(npe + " " + (npe instanceof RuntimeException));

        Report r = new Report();
        r.text.append(" ok");
        r.error = new UnsupportedOperationException("nope");
        Report r2 = copy(r);
        System.out.println(r2.text + " " + (r2.same == r2.text) + " " + r2.error.getMessage());

        Object array = new int[0];
        Object strings = new String[0];
        Object text = "s";
        System.out.println((array instanceof String) + " " + (strings instanceof String) + " " + (text instanceof Object) + " "
                + (array instanceof Object) + " " + (array instanceof Serializable) + " " + (text instanceof Serializable));
    }
}
