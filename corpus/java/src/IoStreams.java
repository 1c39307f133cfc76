import java.io.*;
import java.nio.charset.StandardCharsets;

public class IoStreams {
    static class Counting extends OutputStream {
        int flushes, closes;
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        public void write(int b) { bytes.write(b); }
        public void flush() { flushes++; }
        public void close() { closes++; }
    }
    static class Failing extends OutputStream {
        public void write(int b) throws IOException { throw new IOException("disk full"); }
    }

    public static void main(String[] args) throws Exception {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(bos);
        ps.println("hello");
        ps.print(42);
        ps.print(' ');
        ps.println(3.5);
        ps.println(2.5f);
        ps.println(true);
        ps.println(new char[] {'a', 'b'});
        ps.printf("%d-%s%n", 7, "x");
        ps.append("ab").append('c').append("xyz", 1, 2);
        ps.println();
        ps.write(65);
        ps.write(new byte[] {66, 67, 10});
        ps.println("caf\u00e9 \u20ac \ud83d\ude00");
        System.out.print("captured: " + bos.toString());
        System.out.println("size " + bos.size() + " error " + ps.checkError());

        Counting c = new Counting();
        PrintStream auto = new PrintStream(c, true);
        auto.print("no newline");
        System.out.println("flushes after print: " + c.flushes);
        auto.println("line");
        System.out.println("flushes after println: " + c.flushes);
        auto.write(new byte[] {1, 2}, 0, 2);
        System.out.println("flushes after write: " + c.flushes);
        auto.close();
        auto.close();
        System.out.println("closes " + c.closes + " error " + auto.checkError());
        auto.println("after close");
        System.out.println("error after write on closed " + auto.checkError());

        PrintStream bad = new PrintStream(new Failing());
        bad.println("x");
        System.out.println("failing error " + bad.checkError());

        ByteArrayOutputStream latin = new ByteArrayOutputStream();
        PrintStream lp = new PrintStream(latin, false, "ISO-8859-1");
        lp.print("caf\u00e9 \u20ac");
        byte[] lb = latin.toByteArray();
        StringBuilder sb = new StringBuilder();
        for (byte b : lb) sb.append(b & 0xff).append(' ');
        System.out.println("latin1 bytes " + sb);
        try {
            new PrintStream(latin, false, "NO-SUCH-CHARSET");
        } catch (UnsupportedEncodingException e) {
            System.out.println("caught " + e);
        }
        try {
            new PrintStream((OutputStream) null);
        } catch (NullPointerException e) {
            System.out.println("caught " + e.getMessage());
        }
        PrintStream utf = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        System.out.println("utf8 ok " + utf.checkError());

        PrintStream old = System.out;
        ByteArrayOutputStream redirected = new ByteArrayOutputStream();
        System.setOut(new PrintStream(redirected, true));
        System.out.println("into the buffer");
        System.out.printf("%05d%n", 42);
        System.setOut(old);
        System.out.print("redirected: " + redirected);

        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.println("writer line");
        pw.printf("%s=%d%n", "k", 9);
        pw.print('c');
        pw.print(1.25);
        pw.println();
        pw.write("abcdef", 1, 3);
        pw.append("!").append('?');
        System.out.println("string writer: [" + sw + "]");

        PrintWriter buffered = new PrintWriter(System.out);
        buffered.println("buffered until flush");
        System.out.println("before flush");
        buffered.flush();

        BufferedWriter bw = new BufferedWriter(new OutputStreamWriter(System.out));
        bw.write("buffered writer");
        bw.newLine();
        bw.flush();

        try {
            try {
                throw new IllegalStateException("inner");
            } catch (IllegalStateException e) {
                RuntimeException outer = new RuntimeException("outer", e);
                outer.addSuppressed(new IOException("suppressed one"));
                throw outer;
            }
        } catch (RuntimeException e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            String text = trace.toString();
            System.out.println("trace lines " + text.split("\n").length);
            System.out.print(text);
            ByteArrayOutputStream tb = new ByteArrayOutputStream();
            e.printStackTrace(new PrintStream(tb));
            System.out.println("same text as PrintStream: " + tb.toString().equals(text));
        }
        ByteArrayOutputStream out2 = new ByteArrayOutputStream();
        OutputStreamWriter w = new OutputStreamWriter(out2, "UTF-8");
        w.write(0xD83D);
        w.flush();
        System.out.println("pending surrogate bytes " + out2.size());
        w.write(0xDE00);
        w.flush();
        System.out.println("pair bytes " + out2.size() + " encoding " + w.getEncoding());
        w.write(0xD83D);
        w.close();
        System.out.println("after close " + out2.size() + " " + (out2.toByteArray()[4] & 0xff));
        try {
            bos.write(new byte[2], 1, 5);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
