import java.io.*;
import java.nio.charset.StandardCharsets;

// Writes files in the current directory (the test's scratch directory, `--allow-write .`) and
// reads them back: PrintStream over a name, FileWriter appending, PrintWriter over a File,
// FileOutputStream bytes, a charset, FileInputStream / FileReader.
// allow-write
public class FileIo {
    static void dump(String name) throws IOException {
        try (BufferedReader r = new BufferedReader(new FileReader(name))) {
            String line;
            while ((line = r.readLine()) != null) System.out.println(name + ": " + line);
        }
    }

    public static void main(String[] args) throws IOException {
        File f = new File("out.txt");
        System.out.println(f.getName() + " " + f.getPath() + " " + f + " " + f.exists());
        File nested = new File(new File("a//b/"), "c.txt");
        System.out.println(nested + " " + nested.getName() + " " + nested.getParent());
        try (PrintStream ps = new PrintStream("out.txt")) {
            ps.println("hello, file");
            ps.printf("%d + %d = %d%n", 2, 3, 5);
            ps.print('x');
            ps.println(3.5);
        }
        System.out.println(f.exists() + " " + f.isFile() + " " + new File(".").isDirectory());
        dump("out.txt");
        try (FileWriter w = new FileWriter(f, true)) {
            w.write("appended \u00e9 \u00fc\n");
        }
        dump("out.txt");
        try (PrintWriter pw = new PrintWriter(new File("pw.txt"))) {
            pw.println("print writer");
            pw.printf("%s%n", "line two");
        }
        dump("pw.txt");
        try (FileOutputStream o = new FileOutputStream("bytes.bin")) {
            o.write(new byte[] {1, 2, (byte) 255});
            o.write(65);
        }
        try (FileInputStream in = new FileInputStream("bytes.bin")) {
            int b;
            StringBuilder sb = new StringBuilder();
            while ((b = in.read()) >= 0) sb.append(b).append(' ');
            System.out.println("bytes: " + sb);
        }
        PrintStream latin = new PrintStream(new File("cs.txt"), "ISO-8859-1");
        latin.println("caf\u00e9");
        latin.close();
        PrintStream utf8 = new PrintStream("cs8.txt", StandardCharsets.UTF_8);
        utf8.println("caf\u00e9");
        utf8.close();
        for (String name : new String[] {"cs.txt", "cs8.txt"}) {
            try (FileInputStream in = new FileInputStream(name)) {
                byte[] buf = new byte[16];
                int n = in.read(buf);
                System.out.println(name + ": " + n + " bytes, last " + (buf[n - 2] & 255));
            }
        }
        new FileOutputStream("out.txt").close();
        try (FileInputStream in = new FileInputStream("out.txt")) {
            System.out.println("truncated: " + in.read());
        }
    }
}
