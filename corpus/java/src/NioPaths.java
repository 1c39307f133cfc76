import java.nio.file.*;

// java.nio.file.Path: names, parents, resolve, normalize, relativize, equality (no files).
public class NioPaths {
    static void show(Path p) {
        System.out.println("[" + p + "] abs=" + p.isAbsolute() + " name=" + p.getFileName() + " parent="
            + p.getParent() + " root=" + p.getRoot() + " count=" + p.getNameCount());
    }

    public static void main(String[] args) {
        show(Path.of("a/b/c.txt"));
        show(Path.of("/usr//local/bin/"));
        show(Path.of("/"));
        show(Path.of(""));
        show(Path.of("single"));
        show(Paths.get("x", "y//", "", "z/"));
        Path p = Path.of("/a/b/c/d");
        System.out.println(p.getName(0) + " " + p.getName(3) + " " + p.subpath(1, 3));
        for (Path name : Path.of("one/two/three")) System.out.print(name + ";");
        System.out.println();
        System.out.println(Path.of("dir").resolve("f.txt") + " " + Path.of("dir").resolve("/abs") + " "
            + Path.of("dir").resolve("") + " " + Path.of("").resolve("x") + " " + Path.of("/").resolve("y"));
        System.out.println(Path.of("d/a.txt").resolveSibling("b.txt") + " " + Path.of("a.txt").resolveSibling("b.txt"));
        System.out.println(Path.of("./a/../../b/./c/").normalize() + " " + Path.of("/../a/..").normalize() + " ["
            + Path.of("a/..").normalize() + "] " + Path.of("x/./y/../z").normalize());
        System.out.println(Path.of("a/b").relativize(Path.of("a/c/d")) + " " + Path.of("/a/b").relativize(Path.of("/x"))
            + " [" + Path.of("a").relativize(Path.of("a")) + "] " + Path.of("a").relativize(Path.of("a/b/c")));
        try {
            Path.of("a").relativize(Path.of("/b"));
        } catch (IllegalArgumentException e) {
            System.out.println("relativize: " + e.getMessage());
        }
        System.out.println(Path.of("a/b/c").startsWith("a/b") + " " + Path.of("a/b/c").startsWith("a/bc") + " "
            + Path.of("/a/b").startsWith("a") + " " + Path.of("a/b/c").endsWith("b/c") + " " + Path.of("a/b/c").endsWith("c/")
            + " " + Path.of("a/b").endsWith("/a/b"));
        System.out.println(Path.of("a//b").equals(Path.of("a/b/")) + " " + Path.of("a").equals(Path.of("b")) + " "
            + (Path.of("x/y").hashCode() == Path.of("x//y").hashCode()) + " " + Path.of("a").compareTo(Path.of("b")));
        System.out.println(Path.of("a/b").toFile().getName() + " " + Path.of("q/r").toFile().toPath().getParent());
        System.out.println(Path.of("rel/x").toAbsolutePath().isAbsolute() + " "
            + Path.of("rel/x").toAbsolutePath().endsWith("rel/x") + " " + Path.of("/abs").toAbsolutePath());
        try {
            Path.of("/").getName(0);
        } catch (IllegalArgumentException e) {
            System.out.println("getName: IllegalArgumentException");
        }
    }
}
