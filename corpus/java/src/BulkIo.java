import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.FileInputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Arrays;

// allow-write
// The bulk paths of output (a buffer per host call): writers over System.out with non-ASCII
// characters at the 8192-byte buffer's edges and a surrogate pair split across two writes,
// PrintStream.write(byte[], off, len) and its bounds, FileOutputStream writes of arrays;
// String.split at one literal character (no regex engine) against the regex path; and
// System.arraycopy of tagged arrays (the inline path) with overlaps and bad ranges.
public class BulkIo {
    static String line(int n, char c) {
        char[] cs = new char[n];
        Arrays.fill(cs, 'a');
        cs[n - 1] = c;
        return new String(cs);
    }

    static void writers() throws Exception {
        Writer w = new BufferedWriter(new OutputStreamWriter(System.out));
        // Two-, three- and four-byte characters ending at and across the byte buffer's end.
        for (int k = 8188; k <= 8193; k++) {
            w.write(line(k, '\u00e9'));
            w.write('\n');
            w.write(line(k, '\u20ac'));
            w.write('\n');
            w.write(line(k - 1, (char) 0xD83D));
            w.write(new char[] {(char) 0xDE00, '\n'});
        }
        // Lone surrogates in a char[] (strings holding one differ from HotSpot's: a string
        // constant with one becomes U+FFFD when the class is read).
        w.write(new char[] {'l', 'o', 'n', 'e', ' ', (char) 0xD800, ' ', (char) 0xDC00, '.', '\n'});
        w.flush();
        PrintWriter p = new PrintWriter(System.out);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 3000; i++) big.append(i % 10);
        p.println(big);
        p.print("caf\u00e9 ");
        p.println(12.5);
        p.flush();
        OutputStreamWriter ascii = new OutputStreamWriter(System.out, "US-ASCII");
        ascii.write("na\u00efve \u20ac\n");
        ascii.flush();
    }

    static void bytes() throws Exception {
        byte[] b = "0123456789\n".getBytes();
        System.out.write(b, 3, 8);
        System.out.write(b);
        int[][] bad = {{-1, 2}, {2, -1}, {5, 7}, {11, 1}, {12, 0}};
        for (int[] r : bad) {
            try {
                System.out.write(b, r[0], r[1]);
                System.out.println("wrote");
            } catch (IndexOutOfBoundsException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
        System.out.write(b, 11, 0);
        System.out.flush();
        try (FileOutputStream f = new FileOutputStream("bulk.txt")) {
            f.write(b, 2, 5);
            f.write(b);
            f.write('x');
        }
        try (FileInputStream in = new FileInputStream("bulk.txt")) {
            StringBuilder sb = new StringBuilder();
            for (int c; (c = in.read()) >= 0;) sb.append((char) c);
            System.out.print(sb);
            System.out.println("|");
        }
    }

    static void split() {
        String[] texts = {"a b  c ", "", " ", "  lead", "x", "a,b,,c,,", ",", "1.2.3", "p|q", "t\tu v",
            "caf\u00e9\u00e9x"};
        String[] regexes = {" ", ",", "\\.", ".", "|", "\\|", "\\s", "\\t", "\u00e9", "ab", "\\,"};
        int[] limits = {0, 1, 2, -1};
        for (String t : texts) {
            for (String r : regexes) {
                StringBuilder sb = new StringBuilder();
                for (int l : limits) {
                    String[] parts = t.split(r, l);
                    sb.append(parts.length).append(Arrays.toString(parts)).append(' ');
                }
                System.out.println("[" + t + "] /" + r + "/ " + sb + Arrays.toString(t.split(r)));
            }
        }
    }

    static void copies() {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7};
        System.arraycopy(a, 0, a, 2, 6);
        System.out.println(Arrays.toString(a));
        System.arraycopy(a, 3, a, 0, 5);
        System.out.println(Arrays.toString(a));
        String[] s = {"a", "b", "c", "d"};
        String[] t = new String[4];
        System.arraycopy(s, 1, t, 0, 3);
        System.arraycopy(s, 0, t, 4, 0);
        System.out.println(Arrays.toString(t));
        int[][] ranges = {{-1, 0, 1}, {0, -1, 1}, {0, 0, -1}, {2, 0, 3}, {0, 2, 3}, {4, 0, 0}, {5, 0, 0},
            {0, 5, 0}, {Integer.MAX_VALUE, 0, 1}, {1, 0, Integer.MAX_VALUE}};
        for (int[] r : ranges) {
            try {
                System.arraycopy(s, r[0], t, r[1], r[2]);
                System.out.println("copied " + Arrays.toString(t));
            } catch (IndexOutOfBoundsException e) {
                System.out.println(e.getClass().getName() + ": " + e.getMessage());
            }
        }
        long[] big = new long[3];
        long[] wide = {7, 8, 9, 10};
        System.arraycopy(wide, 1, big, 0, 3);
        System.out.println(Arrays.toString(big));
    }

    public static void main(String[] args) throws Exception {
        writers();
        bytes();
        split();
        copies();
    }
}
