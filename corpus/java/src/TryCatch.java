class AppException extends Exception {
    AppException(String m) { super(m); }
}

class Resource {
    final String name;
    Resource(String name) { this.name = name; System.out.println("open " + name); }
    void close() { System.out.println("close " + name); }
}

public class TryCatch {
    static int depth = 0;
    static int parse(String s) throws AppException {
        if (s.isEmpty()) throw new AppException("empty input");
        return Integer.parseInt(s);
    }
    static int withFinally(int x) {
        try {
            if (x < 0) throw new IllegalArgumentException("negative");
            return x * 2;
        } catch (IllegalArgumentException e) {
            System.out.println("caught " + e.getMessage());
            return -1;
        } finally {
            System.out.println("finally for " + x);
        }
    }
    static int nested(int a, int b) {
        try {
            try {
                return a / b;
            } finally {
                System.out.println("inner finally");
            }
        } catch (ArithmeticException e) {
            System.out.println("outer caught: " + e.getMessage());
            return 0;
        }
    }
    static void recurse() { depth++; recurse(); }
    public static void main(String[] args) {
        System.out.println(withFinally(5));
        System.out.println(withFinally(-5));
        System.out.println(nested(10, 2));
        System.out.println(nested(1, 0));
        try {
            System.out.println(parse("12"));
            System.out.println(parse(""));
        } catch (AppException e) {
            System.out.println("app: " + e.getMessage() + " / " + e);
        }
        int[] arr = new int[3];
        try {
            arr[5] = 1;
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bounds caught");
        }
        String s = null;
        try {
            System.out.println(s.length());
        } catch (NullPointerException e) {
            System.out.println("npe caught");
        }
        Object o = "text";
        try {
            Integer.parseInt("x1");
        } catch (NumberFormatException e) {
            System.out.println("nfe caught");
        }
        try {
            throw new UnsupportedOperationException("nope");
        } catch (IllegalStateException | UnsupportedOperationException e) {
            System.out.println("multi: " + e.getMessage());
        }
        try {
            try {
                throw new IllegalStateException("first");
            } catch (IllegalStateException e) {
                throw new RuntimeException("wrapped " + e.getMessage());
            }
        } catch (RuntimeException e) {
            System.out.println(e.getMessage());
        }
        Resource r = new Resource("db");
        try {
            System.out.println("using " + r.name);
        } finally {
            r.close();
        }
        int count = 0;
        for (int i = 0; i < 10; i++) {
            try {
                if (i % 3 == 0) throw new RuntimeException("skip");
                count += i;
            } catch (RuntimeException e) {
                count += 100;
            }
        }
        System.out.println(count);
        try {
            negative(-1);
        } catch (NegativeArraySizeException e) {
            System.out.println("negative size caught");
        }
        try {
            Object x = new Resource("cast");
            TryCatch t = (TryCatch) x;
        } catch (ClassCastException e) {
            System.out.println("cast caught");
        }
        try {
            throw new Error("custom error");
        } catch (Throwable t) {
            System.out.println("throwable: " + t);
        }
        System.out.println("end");
    }
    static int[] negative(int n) { return new int[n]; }
}
