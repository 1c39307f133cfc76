package java.io;

/** A path name (JDK 17's `java.io.File`, the parts the file streams need; Unix separators). */
public class File implements Comparable<File> {
    public static final char separatorChar = '/';
    public static final String separator = "/";
    public static final char pathSeparatorChar = ':';
    public static final String pathSeparator = ":";

    private final String path;

    public File(String pathname) {
        if (pathname == null) throw new NullPointerException();
        this.path = normalize(pathname);
    }

    public File(String parent, String child) {
        if (child == null) throw new NullPointerException();
        if (parent == null) {
            this.path = normalize(child);
        } else if (parent.isEmpty()) {
            this.path = resolve("/", normalize(child));
        } else {
            this.path = resolve(normalize(parent), normalize(child));
        }
    }

    public File(File parent, String child) {
        this(parent == null ? null : parent.path, child);
    }

    /** Drops repeated and trailing slashes, as UnixFileSystem.normalize. */
    private static String normalize(String p) {
        StringBuilder sb = new StringBuilder(p.length());
        char prev = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c == '/' && prev == '/') continue;
            sb.append(c);
            prev = c;
        }
        if (sb.length() > 1 && sb.charAt(sb.length() - 1) == '/') sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    private static String resolve(String parent, String child) {
        if (child.isEmpty()) return parent;
        if (child.charAt(0) == '/') {
            if (parent.equals("/")) return child;
            return parent + child;
        }
        if (parent.equals("/")) return parent + child;
        return parent + '/' + child;
    }

    public String getName() {
        int index = path.lastIndexOf('/');
        return index < 0 ? path : path.substring(index + 1);
    }

    public String getParent() {
        int index = path.lastIndexOf('/');
        if (index < 0) return null;
        if (index == 0) return path.length() > 1 ? "/" : null;
        return path.substring(0, index);
    }

    public File getParentFile() {
        String p = getParent();
        return p == null ? null : new File(p);
    }

    public String getPath() { return path; }
    public boolean isAbsolute() { return path.startsWith("/"); }

    /** Whether the file exists (inside the directories the program may write; the sandbox
     *  hides the rest). */
    public boolean exists() { return RootIo.fileExists(path) != 0; }
    public boolean isFile() { return RootIo.fileExists(path) == 1; }
    public boolean isDirectory() { return RootIo.fileExists(path) == 2; }

    public int compareTo(File other) { return path.compareTo(other.path); }
    public boolean equals(Object obj) {
        return obj instanceof File && compareTo((File) obj) == 0;
    }
    public int hashCode() { return path.hashCode() ^ 1234321; }
    public String toString() { return path; }
}
