import java.io.*;
import java.nio.file.*;

// java.nio.file's exceptions with HotSpot's messages, in the test's scratch directory
// (`--allow-write .`).
// allow-write
public class NioErrors {
    interface Op {
        Object run() throws Exception;
    }

    static void attempt(String what, Op op) {
        try {
            System.out.println(what + ": " + op.run());
        } catch (Exception e) {
            System.out.println(what + ": " + e);
            if (e instanceof FileSystemException) {
                FileSystemException f = (FileSystemException) e;
                System.out.println("  file=" + f.getFile() + " other=" + f.getOtherFile() + " reason=" + f.getReason());
            }
        }
    }

    public static void main(String[] args) throws Exception {
        Path d = Files.createDirectory(Path.of("d"));
        Files.writeString(d.resolve("f.txt"), "x");
        Files.writeString(Path.of("g"), "y");
        attempt("createDirectory exists", () -> Files.createDirectory(d));
        attempt("createFile exists", () -> Files.createFile(d.resolve("f.txt")));
        attempt("createDirectory missing parent", () -> Files.createDirectory(Path.of("x/y")));
        attempt("createDirectories over a file", () -> Files.createDirectories(Path.of("g")));
        attempt("delete a full directory", () -> {
            Files.delete(d);
            return null;
        });
        attempt("delete missing", () -> {
            Files.delete(Path.of("nope"));
            return null;
        });
        attempt("deleteIfExists missing", () -> Files.deleteIfExists(Path.of("nope")));
        attempt("readAllBytes missing", () -> Files.readAllBytes(Path.of("nope")));
        attempt("readString of a directory", () -> Files.readString(d));
        attempt("writeString to a directory", () -> Files.writeString(d, "x"));
        attempt("write into a missing directory", () -> Files.writeString(Path.of("nodir/x"), "x"));
        attempt("append to a missing file", () -> Files.writeString(Path.of("m.txt"), "x", StandardOpenOption.APPEND));
        attempt("CREATE_NEW over a file", () -> Files.writeString(d.resolve("f.txt"), "x", StandardOpenOption.CREATE_NEW));
        attempt("READ for writing", () -> Files.writeString(Path.of("r.txt"), "x", StandardOpenOption.READ));
        attempt("size missing", () -> Files.size(Path.of("nope")));
        attempt("copy onto itself", () -> Files.copy(d.resolve("f.txt"), d.resolve("f.txt")));
        attempt("copy over a file", () -> Files.copy(Path.of("g"), d.resolve("f.txt")));
        attempt("copy missing", () -> Files.copy(Path.of("nope"), Path.of("q")));
        attempt("move missing", () -> Files.move(Path.of("nope"), Path.of("q")));
        attempt("move over a file", () -> Files.move(Path.of("g"), d.resolve("f.txt")));
        attempt("move over a full directory", () -> Files.move(Path.of("g"), d, StandardCopyOption.REPLACE_EXISTING));
        attempt("list a file", () -> Files.list(Path.of("g")));
        attempt("list missing", () -> Files.list(Path.of("nope")));
        attempt("walk missing", () -> Files.walk(Path.of("nope")));
        attempt("newBufferedReader missing", () -> Files.newBufferedReader(Path.of("nope")));
        attempt("lines missing", () -> Files.lines(Path.of("nope")));
        attempt("exists missing", () -> Files.exists(Path.of("nope")) + " " + Files.isDirectory(Path.of("nope")));
        attempt("closed writer", () -> {
            BufferedWriter w = Files.newBufferedWriter(Path.of("w.txt"));
            w.close();
            w.write("late");
            return null;
        });
        attempt("left", () -> new java.util.TreeSet<>(java.util.Arrays.asList(new File(".").list())));
    }
}
