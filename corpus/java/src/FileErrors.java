import java.io.*;

// File streams that cannot be opened (FileNotFoundException worded as HotSpot's), a charset
// checked before the file is made, and writing after close. Runs in the test's scratch
// directory (`--allow-write .`).
// allow-write
public class FileErrors {
    interface Open {
        Object run() throws IOException;
    }

    static void attempt(String what, Open open) {
        try {
            open.run();
            System.out.println(what + ": opened");
        } catch (IOException e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) throws IOException {
        attempt("stream into a missing directory", () -> new FileOutputStream("no/such/dir.txt"));
        attempt("writer into a missing directory", () -> new FileWriter("nodir/x.txt"));
        attempt("print stream over a directory", () -> new PrintStream("."));
        attempt("print writer over a directory", () -> new PrintWriter(new File(".")));
        attempt("missing file", () -> new FileInputStream("missing.txt"));
        attempt("reader of a missing file", () -> new FileReader(new File("gone", "missing.txt")));
        attempt("reader of a directory", () -> new FileInputStream("."));
        attempt("bad charset", () -> new PrintStream("x.txt", "NOPE"));
        System.out.println("x.txt made: " + new File("x.txt").exists());
        FileOutputStream out = new FileOutputStream("y.txt");
        out.write('a');
        out.close();
        out.close();
        try {
            out.write('b');
        } catch (IOException e) {
            System.out.println("write after close: " + e);
        }
        PrintStream ps = new PrintStream("z.txt");
        ps.close();
        ps.println("lost");
        System.out.println("print stream error after close: " + ps.checkError());
        try {
            new FileOutputStream((String) null);
        } catch (NullPointerException e) {
            System.out.println("null name: NullPointerException");
        }
    }
}
