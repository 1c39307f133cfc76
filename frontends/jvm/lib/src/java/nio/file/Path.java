package java.nio.file;

import java.io.File;
import java.util.Iterator;

/** JDK 17's `Path` on a Unix file system (`RootPath`): names separated by '/'. */
public interface Path extends Comparable<Path>, Iterable<Path> {
    /** The path of `first` and `more` joined by '/' (empty parts left out). */
    static Path of(String first, String... more) {
        if (more.length == 0) return new RootPath(first);
        StringBuilder sb = new StringBuilder(first);
        for (String s : more) {
            if (s.isEmpty()) continue;
            if (sb.length() > 0) sb.append('/');
            sb.append(s);
        }
        return new RootPath(sb.toString());
    }

    boolean isAbsolute();
    Path getRoot();
    Path getFileName();
    Path getParent();
    int getNameCount();
    Path getName(int index);
    Path subpath(int beginIndex, int endIndex);
    boolean startsWith(Path other);
    boolean startsWith(String other);
    boolean endsWith(Path other);
    boolean endsWith(String other);
    Path normalize();
    Path resolve(Path other);
    Path resolve(String other);
    Path resolveSibling(Path other);
    Path resolveSibling(String other);
    Path relativize(Path other);
    Path toAbsolutePath();
    File toFile();
    Iterator<Path> iterator();
    int compareTo(Path other);
    boolean equals(Object other);
    int hashCode();
    String toString();
}
