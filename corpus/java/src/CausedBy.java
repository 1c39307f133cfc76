public class CausedBy {
    static class AppException extends Exception {
        AppException(String m, Throwable c) { super(m, c); }
    }

    static void low(int x) {
        if (x > 0) {
            throw new IllegalArgumentException("bad " + x);
        }
    }

    static void mid(int x) throws AppException {
        try {
            low(x);
        } catch (IllegalArgumentException e) {
            throw new AppException("mid failed", e);
        }
    }

    static void top() throws Exception {
        try {
            mid(3);
        } catch (AppException e) {
            throw new RuntimeException(e);
        }
    }

    static void suppressing() {
        Exception main = new Exception("main");
        main.addSuppressed(new IllegalStateException("closing"));
        main.addSuppressed(new ArithmeticException("second"));
        main.initCause(new Error("root"));
        main.printStackTrace(System.out);
    }

    static void circular() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        a.printStackTrace(System.out);
    }

    static void trapCause() {
        try {
            int[] xs = new int[2];
            xs[5] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            new IllegalStateException("wrapped", e).printStackTrace(System.out);
        }
    }

    public static void main(String[] args) throws Exception {
        suppressing();
        circular();
        trapCause();
        try {
            top();
        } catch (Exception e) {
            e.printStackTrace();
        }
        System.out.println("done printing");
        top();
    }
}
