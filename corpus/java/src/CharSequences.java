import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

// The runtime's own classes (String, StringBuilder, PrintStream, the boxes, Throwable) answer
// instanceof, casts and array stores for the JDK interfaces they implement, and calls through
// CharSequence / Appendable / Comparable reach them.
public class CharSequences {
    /** A program's own CharSequence. */
    static final class Letters implements CharSequence {
        private final char first;
        private final int n;
        Letters(char first, int n) { this.first = first; this.n = n; }
        public int length() { return n; }
        public char charAt(int i) {
            if (i < 0 || i >= n) throw new IndexOutOfBoundsException("index " + i);
            return (char) (first + i);
        }
        public CharSequence subSequence(int a, int b) { return new Letters((char) (first + a), b - a); }
        public String toString() {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) sb.append(charAt(i));
            return sb.toString();
        }
    }

    enum Size { SMALL, BIG }

    static <T extends CharSequence> int len(T t) { return t.length(); }

    static String describe(CharSequence cs) {
        return cs.length() + ":" + cs.charAt(0) + ":" + cs.subSequence(1, 3) + ":" + cs.toString() + ":" + cs.isEmpty()
                + ":" + cs.chars().sum() + ":" + cs.codePoints().count();
    }

    static void fill(Appendable a) throws IOException {
        a.append("ab").append('c').append("wxyz", 1, 3);
    }

    public static void main(String[] args) throws IOException {
        StringBuilder sb = new StringBuilder("ab");
        Object o = sb;
        System.out.println(o instanceof CharSequence);
        System.out.println(o instanceof Comparable);
        System.out.println(o instanceof Appendable);
        System.out.println(o instanceof Serializable);
        CharSequence[] arr = new CharSequence[3];
        arr[0] = sb;
        arr[1] = "x";
        arr[2] = new Letters('p', 3);
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2]);
        System.out.println(String.join("-", arr));
        System.out.println(String.join("+", List.of(sb, "q", new Letters('k', 2))));
        StringBuilder s2 = new StringBuilder();
        s2.append((CharSequence) sb).append((CharSequence) "z", 0, 1).append(new Letters('a', 4), 1, 3);
        System.out.println(s2);
        System.out.println("ab".contentEquals(sb) + " " + "abc".contentEquals(new Letters('a', 3)));
        System.out.println(len(sb) + len("abc") + len(new Letters('a', 7)));
        System.out.println(describe("hello") + " " + describe(new StringBuilder("world")) + " " + describe(new Letters('m', 4)));
        System.out.println(CharSequence.compare(sb, "abq") + " " + CharSequence.compare(new Letters('a', 2), sb));

        Object s = "str";
        System.out.println(s instanceof CharSequence);
        System.out.println(s instanceof Comparable);
        System.out.println(s instanceof Serializable);
        System.out.println(s instanceof Appendable);
        System.out.println(((Comparable) s).compareTo("abc"));
        @SuppressWarnings("unchecked")
        Comparable<StringBuilder> c = (Comparable<StringBuilder>) o;
        System.out.println(c.compareTo(new StringBuilder("aa")) + " " + sb.compareTo(new StringBuilder("ab")));

        Object i = 5;
        System.out.println((i instanceof Comparable) + " " + (i instanceof Serializable) + " " + (i instanceof CharSequence));
        Object e = new RuntimeException("x");
        System.out.println((e instanceof Serializable) + " " + (e instanceof Comparable));
        Object ps = System.out;
        System.out.println((ps instanceof Appendable) + " " + (ps instanceof java.io.Closeable)
                + " " + (ps instanceof AutoCloseable) + " " + (ps instanceof java.io.Flushable));
        Object ints = new int[2];
        Object strs = new String[2];
        System.out.println((ints instanceof Comparable) + " " + (strs instanceof CharSequence) + " " + (ints instanceof Serializable));

        Object[] oo = new Comparable[4];
        oo[0] = "s";
        oo[1] = 3;
        oo[2] = sb;
        oo[3] = Size.BIG;
        System.out.println(Arrays.toString(oo));
        try {
            oo[0] = new Object();
        } catch (ArrayStoreException ex) {
            System.out.println(ex);
        }
        Serializable[] ser = {sb, "s", new Exception("e"), 4L, 'c', true};
        System.out.println(ser.length + " " + ser[5]);
        try {
            Object n = 42;
            CharSequence bad = (CharSequence) n;
            System.out.println(bad);
        } catch (ClassCastException ex) {
            System.out.println(ex.getMessage());
        }
        try {
            Object obj = new Object();
            Comparable<?> bad = (Comparable<?>) obj;
            System.out.println(bad);
        } catch (ClassCastException ex) {
            System.out.println(ex.getMessage());
        }
        CharSequence fromString = (CharSequence) s;
        Comparable<?> fromBuilder = (Comparable<?>) o;
        System.out.println(fromString + " " + fromBuilder);

        fill(sb);
        StringWriter w = new StringWriter();
        fill(w);
        fill(System.out);
        System.out.println();
        System.out.println(sb + " " + w);
        List<CharSequence> mixed = new ArrayList<>(List.of("b", new StringBuilder("a"), new Letters('c', 1)));
        mixed.sort(CharSequence::compare);
        System.out.println(mixed);
        try {
            CharSequence none = null;
            System.out.println(none.length());
        } catch (NullPointerException ex) {
            System.out.println(ex.getMessage());
        }
    }
}
