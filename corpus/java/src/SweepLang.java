// The java.lang surface the java.base sweep added: class literals and getClass, Throwable
// causes and suppressed exceptions, Object.clone, and more String and StringBuilder methods
// (bytes, code points, regions).
public class SweepLang {
    static class Point implements Cloneable {
        int x;
        long y;
        String name;
        Point(int x, long y, String name) {
            this.x = x;
            this.y = y;
            this.name = name;
        }
        @Override
        public Point clone() {
            try {
                return (Point) super.clone();
            } catch (CloneNotSupportedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static class Point3 extends Point {
        double z;
        Point3(int x, long y, String name, double z) {
            super(x, y, name);
            this.z = z;
        }
    }

    static class Plain {
        Object copy() throws CloneNotSupportedException {
            return super.clone();
        }
    }

    interface Shape {}

    static class Box implements Shape {}

    public static void main(String[] args) throws Exception {
        classes();
        causes();
        clones();
        strings();
        builders();
        streams();
    }

    interface Greeter {
        default String greet() {
            return "hello";
        }
    }

    static class Loud implements Greeter {
        public String greet() {
            return Greeter.super.greet().toUpperCase();
        }
    }

    static void streams() {
        System.out.print(new char[] {'o', 'k'});
        System.out.println(new char[] {'!'});
        System.out.append("ab").append('c').append("wxyz", 1, 3).println();
        System.out.println(System.out.checkError());
        System.out.println(new Loud().greet());
    }

    static void classes() {
        System.out.println(String.class.getName());
        System.out.println(SweepLang.class.getSimpleName());
        System.out.println(Point.class.getName());
        System.out.println(Point.class.getSimpleName());
        System.out.println(int[].class.getName() + " " + int[].class.getSimpleName());
        System.out.println(String[][].class.getName() + " " + String[][].class.getSimpleName());
        System.out.println(String[].class.getTypeName());
        Point p = new Point3(1, 2, "p", 3.5);
        System.out.println(p.getClass().getName());
        System.out.println(p.getClass() == Point3.class);
        System.out.println(p.getClass() == Point.class);
        System.out.println("text".getClass().getName());
        System.out.println(new Box().getClass().getSimpleName());
        System.out.println(SweepLang.class.desiredAssertionStatus());
        System.out.println(Point3.class.getPackageName().isEmpty());
        System.out.println(Point3.class.isArray() + " " + long[].class.isArray());
        System.out.println(Point.class);
    }

    static void causes() {
        IllegalStateException root = new IllegalStateException("root");
        RuntimeException wrapped = new RuntimeException("outer", root);
        System.out.println(wrapped.getMessage() + " <- " + wrapped.getCause().getMessage());
        RuntimeException fromCause = new RuntimeException(root);
        System.out.println(fromCause.getMessage());
        System.out.println(new IllegalArgumentException((Throwable) null).getMessage());
        Exception late = new Exception("late");
        System.out.println(late.getCause());
        System.out.println(late.initCause(root) == late);
        System.out.println(late.getCause().getMessage());
        try {
            late.initCause(root);
        } catch (IllegalStateException e) {
            System.out.println("initCause twice: " + e.getClass().getName());
        }
        Exception fresh = new Exception("fresh");
        try {
            fresh.initCause(fresh);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        Error e = new Error("main");
        System.out.println(e.getSuppressed().length);
        e.addSuppressed(new ArithmeticException("one"));
        e.addSuppressed(new NullPointerException("two"));
        Throwable[] s = e.getSuppressed();
        System.out.println(s.length + " " + s[0].getMessage() + " " + s[1].getMessage());
        try {
            e.addSuppressed(e);
        } catch (IllegalArgumentException x) {
            System.out.println(x.getMessage());
        }
        System.out.println(e.fillInStackTrace() == e);
        System.out.println(new ArrayIndexOutOfBoundsException(7).getMessage());
        System.out.println(new StringIndexOutOfBoundsException(3).getMessage());
        try (Res a = new Res("a"); Res b = new Res("b")) {
            throw new IllegalStateException("body");
        } catch (IllegalStateException x) {
            System.out.println(x.getMessage() + " suppressed " + x.getSuppressed().length);
            for (Throwable t : x.getSuppressed()) {
                System.out.println("  " + t);
            }
        }
    }

    static class Res implements AutoCloseable {
        final String name;
        Res(String name) {
            this.name = name;
        }
        public void close() {
            throw new UnsupportedOperationException("close " + name);
        }
    }

    static void clones() throws Exception {
        Point3 a = new Point3(4, 5L, "a", 6.25);
        Point3 b = (Point3) a.clone();
        System.out.println(b.x + " " + b.y + " " + b.name + " " + b.z + " " + (a != b) + " " + b.getClass().getSimpleName());
        b.x = 9;
        System.out.println(a.x + " " + b.x);
        try {
            new Plain().copy();
        } catch (CloneNotSupportedException e) {
            System.out.println("CloneNotSupportedException " + e.getMessage());
        }
    }

    static void strings() throws Exception {
        String s = "Grüße, 世界 \uD83D\uDE00!";
        byte[] utf8 = s.getBytes("UTF-8");
        System.out.println(utf8.length + " " + utf8[2] + " " + utf8[utf8.length - 2]);
        System.out.println(new String(utf8, "UTF-8").equals(s));
        byte[] latin = s.getBytes("ISO-8859-1");
        System.out.println(latin.length + " " + new String(latin, "ISO-8859-1"));
        System.out.println(new String(s.getBytes("US-ASCII"), "US-ASCII"));
        System.out.println(new String(new byte[] {72, 105, -61, -87, -1, 33}, "UTF-8"));
        System.out.println(new String(utf8, 0, 5, "UTF-8"));
        System.out.println(new String(new int[] {0x48, 0x1F600, 0x69}, 0, 3));
        System.out.println(s.codePointCount(0, s.length()) + " " + s.length());
        System.out.println(s.codePointBefore(s.length() - 1) + " " + s.offsetByCodePoints(0, 11));
        System.out.println("Hello World".regionMatches(6, "World", 0, 5) + " "
                + "Hello World".regionMatches(true, 0, "hELLO", 0, 5) + " "
                + "Hello".regionMatches(3, "lo!", 0, 3));
        char[] dst = new char[5];
        "abcdefg".getChars(1, 4, dst, 1);
        System.out.println(new String(dst, 1, 3));
        System.out.println("a.b.c".lastIndexOf('.', 2) + " " + "abcabc".lastIndexOf("bc", 3));
        System.out.println("abc".contentEquals(new StringBuilder("abc")));
        System.out.println(String.copyValueOf(new char[] {'x', 'y', 'z'}, 1, 2));
    }

    static void builders() {
        StringBuilder sb = new StringBuilder("ab");
        sb.appendCodePoint(0x1F600).appendCodePoint('c');
        System.out.println(sb.length() + " " + sb.codePointAt(2) + " " + sb.codePointBefore(4));
        sb.insert(1, new char[] {'X', 'Y'});
        System.out.println(sb.subSequence(0, 4));
        char[] out = new char[3];
        sb.getChars(0, 3, out, 0);
        System.out.println(new String(out));
        sb.ensureCapacity(100);
        sb.trimToSize();
        System.out.println(sb.lastIndexOf("Y", 5));
    }
}
