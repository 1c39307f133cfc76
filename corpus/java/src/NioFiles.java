import java.io.*;
import java.nio.charset.StandardCharsets;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

// java.nio.file.Files in the test's scratch directory (`--allow-write .`): writing and reading
// whole files, open options, streams, directories, listing (sorted: the order is not
// specified), walking, copying, moving and deleting.
// allow-write
public class NioFiles {
    public static void main(String[] args) throws IOException {
        Path dir = Files.createDirectory(Path.of("work"));
        Path notes = dir.resolve("notes.txt");
        Files.writeString(notes, "first line\nsecond \u00e9\u00e8\n");
        System.out.println(Files.readString(notes).length() + " " + Files.size(notes) + " " + Files.exists(notes) + " "
            + Files.isRegularFile(notes) + " " + Files.isDirectory(dir) + " " + Files.isDirectory(notes));
        Files.writeString(notes, "third\r\nfourth\rfifth", StandardOpenOption.APPEND);
        System.out.println(Files.readAllLines(notes));
        Files.write(notes, List.of("one", "two", "three"));
        try (Stream<String> lines = Files.lines(notes)) {
            System.out.println(lines.map(String::toUpperCase).collect(Collectors.joining(",")));
        }
        Files.write(dir.resolve("bytes.bin"), new byte[] {1, 2, 3, (byte) 200});
        Files.write(dir.resolve("bytes.bin"), new byte[] {9}, StandardOpenOption.APPEND, StandardOpenOption.CREATE);
        System.out.println(Arrays.toString(Files.readAllBytes(dir.resolve("bytes.bin"))));
        Files.write(dir.resolve("bytes.bin"), new byte[] {7}, StandardOpenOption.WRITE);
        System.out.println(Arrays.toString(Files.readAllBytes(dir.resolve("bytes.bin"))));
        Files.write(dir.resolve("bytes.bin"), new byte[] {5, 6}, StandardOpenOption.TRUNCATE_EXISTING);
        System.out.println(Arrays.toString(Files.readAllBytes(dir.resolve("bytes.bin"))));
        Files.writeString(dir.resolve("latin.txt"), "caf\u00e9", StandardCharsets.ISO_8859_1);
        System.out.println(Files.size(dir.resolve("latin.txt")) + " " + Files.readString(dir.resolve("latin.txt"), StandardCharsets.ISO_8859_1));
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("buffered.txt"))) {
            for (int i = 0; i < 3; i++) {
                w.write("row " + i);
                w.newLine();
            }
        }
        try (BufferedReader r = Files.newBufferedReader(dir.resolve("buffered.txt"))) {
            String line;
            while ((line = r.readLine()) != null) System.out.println("read: " + line);
        }
        try (OutputStream out = Files.newOutputStream(dir.resolve("stream.bin"))) {
            out.write(65);
            out.write("BCD".getBytes());
        }
        try (InputStream in = Files.newInputStream(dir.resolve("stream.bin"))) {
            byte[] buf = new byte[10];
            System.out.println(in.read() + " " + in.read(buf) + " " + new String(buf, 0, 3) + " " + in.read());
        }
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 3000; i++) big.append(i).append('\n');
        Files.writeString(dir.resolve("big.txt"), big);
        System.out.println(Files.size(dir.resolve("big.txt")) + " " + Files.readAllLines(dir.resolve("big.txt")).size() + " "
            + Files.lines(dir.resolve("big.txt")).mapToInt(Integer::parseInt).sum());
        Files.createDirectories(dir.resolve("x/y/z"));
        Files.createDirectories(dir.resolve("x/y"));
        Files.createFile(dir.resolve("x/y/z/empty"));
        Files.copy(notes, dir.resolve("x/copy.txt"));
        Files.copy(dir.resolve("latin.txt"), dir.resolve("x/copy.txt"), StandardCopyOption.REPLACE_EXISTING);
        System.out.println("copied: " + Files.size(dir.resolve("x/copy.txt")));
        Files.move(dir.resolve("stream.bin"), dir.resolve("x/moved.bin"));
        System.out.println("moved: " + Files.exists(dir.resolve("stream.bin")) + " " + Files.size(dir.resolve("x/moved.bin")));
        try (Stream<Path> s = Files.list(dir)) {
            System.out.println(s.map(Path::toString).sorted().collect(Collectors.toList()));
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted().forEach(p -> System.out.println("walk " + p + (Files.isDirectory(p) ? "/" : "")));
        }
        try (Stream<Path> s = Files.walk(dir, 1)) {
            System.out.println("depth 1: " + s.count());
        }
        Files.delete(dir.resolve("x/y/z/empty"));
        System.out.println(Files.deleteIfExists(dir.resolve("x/y/z")) + " " + Files.deleteIfExists(dir.resolve("x/y/z")));
        try (Stream<Path> s = Files.walk(dir)) {
            List<Path> all = s.sorted(Comparator.reverseOrder()).collect(Collectors.toList());
            for (Path p : all) Files.delete(p);
            System.out.println("deleted " + all.size() + ", left: " + Files.exists(dir) + " " + Files.notExists(dir));
        }
    }
}
