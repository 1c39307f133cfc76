import java.io.*;
import java.nio.file.*;
import java.util.*;

// 200,000 lines (3.7 MB) written and read back: java.nio.file (a host call per buffer) against
// FileWriter / BufferedReader(FileReader) (a host call per byte). Not in bench/run.sh (it
// writes a file): in a scratch directory,
//   javac -d . bench/files/BigFile.java
//   /usr/bin/time -f '%U user %S sys' target/release/rootc run --allow-write . BigFile.class nio  (or io)
public class BigFile {
    public static void main(String[] args) throws IOException {
        boolean nio = args[0].equals("nio");
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 200000; i++) lines.add("line number " + i);
        long total = 0;
        if (nio) {
            Files.write(Path.of("big.txt"), lines);
            for (String l : Files.readAllLines(Path.of("big.txt"))) total += l.length();
        } else {
            try (BufferedWriter w = new BufferedWriter(new FileWriter("big.txt"))) {
                for (String l : lines) { w.write(l); w.newLine(); }
            }
            try (BufferedReader r = new BufferedReader(new FileReader("big.txt"))) {
                for (String l; (l = r.readLine()) != null;) total += l.length();
            }
        }
        System.out.println(total + " " + new File("big.txt").length());
    }
}
