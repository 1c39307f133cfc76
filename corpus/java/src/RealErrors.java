// Error handling as a batch importer does it: a checked exception hierarchy with causes and
// codes, resources closed by try-with-resources in reverse order with suppressed exceptions,
// finally blocks that run (and one that overrides a return), multi-catch, rethrow with a more
// precise type, retries, exceptions from lambdas wrapped and unwrapped, and error summaries.
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

public class RealErrors {
    enum Code { PARSE, VALIDATION, IO, INTERNAL }

    static class ImportException extends Exception {
        private final Code code;
        private final int line;

        ImportException(Code code, int line, String message, Throwable cause) {
            super(message, cause);
            this.code = code;
            this.line = line;
        }

        Code code() {
            return code;
        }

        @Override
        public String getMessage() {
            return "[" + code + " line " + line + "] " + super.getMessage();
        }
    }

    static final class ValidationException extends ImportException {
        ValidationException(int line, String message) {
            super(Code.VALIDATION, line, message, null);
        }
    }

    static final class Resource implements AutoCloseable {
        static final List<String> events = new ArrayList<>();
        private final String name;
        private final boolean failOnClose;

        Resource(String name, boolean failOnOpen, boolean failOnClose) {
            if (failOnOpen) {
                events.add("open failed " + name);
                throw new IllegalStateException("cannot open " + name);
            }
            this.name = name;
            this.failOnClose = failOnClose;
            events.add("open " + name);
        }

        String read(int n) {
            if (n < 0) {
                throw new IllegalArgumentException(name + ": negative read " + n);
            }
            return name + ":" + n;
        }

        @Override
        public void close() {
            events.add("close " + name);
            if (failOnClose) {
                throw new IllegalStateException("close failed " + name);
            }
        }
    }

    record Row(int line, String name, int qty) {}

    static Row parse(int line, String text) throws ImportException {
        String[] parts = text.split(",", -1);
        if (parts.length != 2) {
            throw new ImportException(Code.PARSE, line, "expected 2 fields, got " + parts.length, null);
        }
        int qty;
        try {
            qty = Integer.parseInt(parts[1].trim());
        } catch (NumberFormatException e) {
            throw new ImportException(Code.PARSE, line, "bad quantity", e);
        }
        if (parts[0].isBlank()) {
            throw new ValidationException(line, "empty name");
        }
        if (qty < 0) {
            throw new ValidationException(line, "negative quantity " + qty);
        }
        return new Row(line, parts[0].trim(), qty);
    }

    static String scenario(String label, boolean failOpenB, boolean failCloseA, boolean failCloseB, int readArg) {
        Resource.events.clear();
        StringBuilder out = new StringBuilder(label).append(": ");
        try (Resource a = new Resource("A", false, failCloseA); Resource b = new Resource("B", failOpenB, failCloseB)) {
            out.append(a.read(1)).append(' ').append(b.read(readArg));
        } catch (IllegalArgumentException | IllegalStateException e) {
            out.append("caught ").append(e.getClass().getSimpleName()).append(" '").append(e.getMessage()).append("'");
            for (Throwable s : e.getSuppressed()) {
                out.append(" suppressed '").append(s.getMessage()).append("'");
            }
        } finally {
            out.append(" | ").append(String.join(", ", Resource.events));
        }
        return out.toString();
    }

    static List<String> order = new ArrayList<>();

    @SuppressWarnings("finally")
    static int finallyWins() {
        try {
            order.add("try");
            return 1;
        } finally {
            order.add("finally");
            return 2;
        }
    }

    static int nested(int mode) {
        try {
            try {
                order.add("inner " + mode);
                if (mode == 1) {
                    throw new IllegalStateException("inner");
                }
                if (mode == 2) {
                    return 20;
                }
            } finally {
                order.add("inner finally " + mode);
                if (mode == 3) {
                    throw new UnsupportedOperationException("from finally");
                }
            }
            return 10;
        } catch (IllegalStateException e) {
            order.add("outer caught " + e.getMessage());
            return 30;
        } finally {
            order.add("outer finally " + mode);
        }
    }

    static void rethrow(String kind) throws ImportException {
        try {
            switch (kind) {
                case "parse" -> parse(7, "x,y");
                case "state" -> throw new IllegalStateException("state");
                default -> throw new NoSuchElementException("no " + kind);
            }
        } catch (final Exception e) {
            order.add("rethrowing " + e.getClass().getSimpleName());
            throw e;
        }
    }

    static <T, R> Function<T, Optional<R>> lifting(ThrowingFunction<T, R> f, List<String> errors) {
        return t -> {
            try {
                return Optional.of(f.apply(t));
            } catch (Exception e) {
                errors.add(t + ": " + e.getMessage());
                return Optional.empty();
            }
        };
    }

    @FunctionalInterface
    interface ThrowingFunction<T, R> {
        R apply(T t) throws Exception;
    }

    static int flaky(int[] attempts) throws ImportException {
        attempts[0]++;
        if (attempts[0] < 3) {
            throw new ImportException(Code.IO, 0, "timeout #" + attempts[0], null);
        }
        return 42;
    }

    public static void main(String[] args) {
        String[] input = {"apple, 3", "pear,x", "  , 4", "plum,-2", "kiwi,5,extra", "fig, 12", ""};
        List<Row> rows = new ArrayList<>();
        Map<Code, Integer> errors = new EnumMap<>(Code.class);
        for (int i = 0; i < input.length; i++) {
            try {
                rows.add(parse(i + 1, input[i]));
            } catch (ValidationException e) {
                errors.merge(e.code(), 1, Integer::sum);
                System.out.println("invalid: " + e.getMessage());
            } catch (ImportException e) {
                errors.merge(e.code(), 1, Integer::sum);
                Throwable cause = e.getCause();
                System.out.println("error: " + e.getMessage() + (cause == null ? "" : " caused by " + cause));
            }
        }
        System.out.println(rows + " " + errors);

        System.out.println(scenario("ok", false, false, false, 2));
        System.out.println(scenario("body throws", false, false, false, -1));
        System.out.println(scenario("body and both closes throw", false, true, true, -1));
        System.out.println(scenario("close throws", false, false, true, 2));
        System.out.println(scenario("open throws", true, true, false, 2));

        System.out.println("finallyWins " + finallyWins());
        for (int mode = 0; mode <= 3; mode++) {
            try {
                System.out.println("nested(" + mode + ") = " + nested(mode));
            } catch (UnsupportedOperationException e) {
                System.out.println("nested(" + mode + ") threw " + e.getMessage());
            }
        }
        System.out.println(order);
        order.clear();
        for (String kind : new String[] {"parse", "state", "missing"}) {
            try {
                rethrow(kind);
            } catch (ImportException e) {
                System.out.println("checked " + e.getMessage() + " / cause " + e.getCause().getClass().getName());
            } catch (RuntimeException e) {
                System.out.println("unchecked " + e);
            }
        }
        System.out.println(order);

        List<String> problems = new ArrayList<>();
        List<Integer> parsed = List.of("10", "x", "30", "-", "2147483648").stream()
                .map(lifting(Integer::parseInt, problems)).flatMap(Optional::stream).toList();
        System.out.println(parsed + " " + problems);

        int[] attempts = {0};
        int result = -1;
        while (result < 0) {
            try {
                result = flaky(attempts);
            } catch (ImportException e) {
                System.out.println("retry after " + e.getMessage());
            }
        }
        System.out.println("result " + result + " after " + attempts[0] + " attempts");

        Exception chain = new RuntimeException("top", new IllegalArgumentException("middle", new ArithmeticException("root")));
        StringBuilder causes = new StringBuilder();
        for (Throwable t = chain; t != null; t = t.getCause()) {
            causes.append(t.getClass().getSimpleName()).append('(').append(t.getMessage()).append(") ");
        }
        System.out.println(causes.toString().trim() + " | " + new IllegalStateException(new ArithmeticException("x")).getMessage());
        Throwable withSuppressed = new Exception("main");
        withSuppressed.addSuppressed(new Exception("s1"));
        withSuppressed.addSuppressed(new Error("s2"));
        System.out.println(withSuppressed.getSuppressed().length + " " + withSuppressed.getSuppressed()[1] + " " + new Throwable().getMessage()
                + " " + new Exception((String) null).getLocalizedMessage() + " " + new ImportException(Code.INTERNAL, 9, "boom", null));
        try {
            Object o = "string";
            Integer bad = (Integer) o;
            System.out.println(bad);
        } catch (ClassCastException e) {
            System.out.println("cast failed");
        }
        try {
            int[] arr = new int[2];
            arr[2] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("array: " + e.getMessage());
        }
        try {
            Object[] objs = new String[1];
            objs[0] = 1;
        } catch (ArrayStoreException e) {
            System.out.println("store: " + e.getMessage());
        }
        try {
            throw new Error("custom error");
        } catch (Throwable t) {
            System.out.println("throwable: " + t + " is error " + (t instanceof Error));
        }
        try {
            recurse(1);
        } catch (StackOverflowError e) {
            System.out.println("stack overflow caught");
        }
    }

    static int recurse(int n) {
        return recurse(n + 1) + 1;
    }
}
