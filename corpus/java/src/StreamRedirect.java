import java.io.*;

/** System.setErr and printStackTrace() into a buffer, printStackTrace to an autoflush
 *  PrintWriter over System.out, BufferedWriter buffering, and an unflushed PrintWriter (whose
 *  text the JVM drops at exit). */
public class StreamRedirect {
    public static void main(String[] args) {
        PrintStream oldErr = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true));
        new IllegalArgumentException("to the buffer").printStackTrace();
        System.err.println("err line");
        System.setErr(oldErr);
        System.out.print("captured err: " + buf);
        System.out.println("System.out checkError " + System.out.checkError());
        PrintWriter auto = new PrintWriter(System.out, true);
        auto.println("autoflushed line");
        new RuntimeException("via autoflush writer", new Error("root")).printStackTrace(auto);
        auto.print("printed, flushed by hand... ");
        auto.flush();
        auto.println();
        StringWriter sw = new StringWriter();
        try (BufferedWriter bw = new BufferedWriter(sw, 4)) {
            bw.write("abcdefgh");
            System.out.println("after 8 chars: [" + sw + "]");
            bw.write("ij");
            System.out.println("after 2 more: [" + sw + "]");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("closed: [" + sw + "]");
        PrintWriter lost = new PrintWriter(System.out);
        lost.println("never flushed: the JVM drops this line at exit");
        System.err.println("to stderr after setErr back");
        System.out.println("end");
    }
}
