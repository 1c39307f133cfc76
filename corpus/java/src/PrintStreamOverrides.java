import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;

// PrintStream subclasses: which overridden methods the base class's own methods call (as
// HotSpot's PrintStream does: println(x) of a subclass is print(x) and a newline, print(x)
// writes bytes through write(byte[], int, int), append calls print), installed with
// System.setOut or used directly.
public class PrintStreamOverrides {
    /** Counts and marks each overridden call. */
    static final class Marking extends PrintStream {
        final StringBuilder log = new StringBuilder();
        Marking(OutputStream out) { super(out, true); }
        @Override public void print(String s) { log.append("[print:").append(s).append(']'); super.print(s); }
        @Override public void print(int i) { log.append("[int:").append(i).append(']'); super.print(i); }
        @Override public void print(Object o) { log.append("[obj]"); super.print(o); }
        @Override public void println(String s) { log.append("[println]"); super.println(s); }
        @Override public void write(byte[] b, int off, int len) {
            log.append("{").append(len).append('}');
            super.write(b, off, len);
        }
        @Override public void flush() { log.append("~"); super.flush(); }
    }

    /** Upper-cases every string printed through print(String). */
    static final class Upper extends PrintStream {
        Upper(OutputStream out) { super(out); }
        @Override public void print(String s) { super.print(s == null ? null : s.toUpperCase()); }
    }

    /** Overrides only write(int) and write(byte[], int, int): sees all the bytes. */
    static final class Bytes extends PrintStream {
        int count;
        Bytes(OutputStream out) { super(out); }
        @Override public void write(int b) { count++; super.write(b); }
        @Override public void write(byte[] b, int off, int len) { count += 100 * len; super.write(b, off, len); }
    }

    /** Prefixes each line printed with println(String). */
    static final class Prefix extends PrintStream {
        Prefix(OutputStream out) { super(out, true); }
        @Override public void println(String s) { super.println("> " + s); }
        @Override public void println(Object o) { super.println("obj " + o); }
    }

    public static void main(String[] args) {
        PrintStream original = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        Marking m = new Marking(buf);
        m.println("a");
        m.println(7);
        m.println(2.5);
        m.println('c');
        m.println(true);
        m.println(8L);
        m.println(new StringBuilder("sb"));
        m.println(new char[] {'x', 'y'});
        m.println();
        m.print(3);
        m.print("s");
        m.print((Object) "o");
        m.append("ap").append('q').append("xyz", 1, 2);
        m.printf("%d-%s%n", 1, "f");
        m.printf("%4s|%-3d|%05d%%%n", "ab", 7, 42);
        m.write(65);
        m.write(new byte[] {66, 67}, 0, 2);
        original.println(m.log);
        original.println(buf.toString().replace("\n", "|"));

        ByteArrayOutputStream up = new ByteArrayOutputStream();
        System.setOut(new Upper(up));
        System.out.println("hello");
        System.out.println(42);
        System.out.print("x");
        System.out.println((Object) "obj");
        System.out.println(new char[] {'c', 'h'});
        System.setOut(original);
        System.out.println(up.toString().replace("\n", "|"));

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        Bytes b = new Bytes(raw);
        b.println("abc");
        b.print('z');
        b.println(12);
        b.writeBytes(new byte[] {97, 98, 99});
        System.out.println(b.count + " " + raw.toString().replace("\n", "|"));

        Prefix p = new Prefix(System.out);
        p.println("one");
        p.println(2);
        p.println((Object) "three");
        p.println(new StringBuilder("four"));
        p.print("five");
        p.println();
        PrintStream asBase = p;
        asBase.println("six");
        System.setOut(p);
        System.out.println("seven");
        System.setOut(original);
        System.out.println("done");
    }
}
