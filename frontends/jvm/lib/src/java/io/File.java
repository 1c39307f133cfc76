package java.io;

import java.nio.file.Path;

/** A path name (JDK 17's `java.io.File`; Unix separators) and the operations on what it names,
 *  through the VM's file functions (`RootIo`), confined to the granted directories: outside
 *  them nothing exists and every change fails (`false`). */
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

    /** The absolute path: relative ones under the current directory, as the JDK's. */
    public String getAbsolutePath() {
        if (isAbsolute()) return path;
        String cwd = RootIo.cwd();
        return path.isEmpty() ? cwd : resolve(cwd, path);
    }
    public File getAbsoluteFile() { return new File(getAbsolutePath()); }
    public Path toPath() { return Path.of(path); }

    public boolean canRead() { return exists(); }
    /** The size in bytes, 0 if missing (or outside the granted directories). */
    public long length() { return Math.max(RootIo.size(path), 0); }
    public boolean delete() { return RootIo.delete(path) == 0; }
    public boolean mkdir() { return RootIo.mkdir(path) == 0; }

    /** JDK 17's: this directory and the missing ones above it (of its absolute path, `..`
     *  removed). */
    public boolean mkdirs() {
        if (exists()) return false;
        if (mkdir()) return true;
        File canon = Path.of(getAbsolutePath()).normalize().toFile();
        File parent = canon.getParentFile();
        return parent != null && (parent.mkdirs() || parent.exists()) && canon.mkdir();
    }

    /** Renames (a file in the way is replaced, as rename(2) does). */
    public boolean renameTo(File dest) {
        if (dest == null) throw new NullPointerException();
        return RootIo.move(path, dest.path, 1) == 0;
    }

    public boolean createNewFile() throws IOException {
        int code = RootIo.createFile(path);
        if (code == -5) return false;
        if (code != 0) throw new IOException(FileOutputStream.reason(code));
        return true;
    }

    /** The names in the directory (sorted), or null if it is not one. */
    public String[] list() {
        String names = RootIo.list(path);
        if (names == null) return null;
        int count = 0;
        for (int i = 0; i < names.length(); i++) if (names.charAt(i) == 0) count++;
        String[] out = new String[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            int end = names.indexOf('\0', start);
            out[i] = names.substring(start, end);
            start = end + 1;
        }
        return out;
    }

    public File[] listFiles() {
        String[] names = list();
        if (names == null) return null;
        File[] out = new File[names.length];
        for (int i = 0; i < names.length; i++) out[i] = new File(this, names[i]);
        return out;
    }

    public String[] list(FilenameFilter filter) {
        String[] names = list();
        if (names == null || filter == null) return names;
        java.util.ArrayList<String> kept = new java.util.ArrayList<>();
        for (String name : names) if (filter.accept(this, name)) kept.add(name);
        return kept.toArray(new String[0]);
    }

    public File[] listFiles(FilenameFilter filter) {
        String[] names = list(filter);
        if (names == null) return null;
        File[] out = new File[names.length];
        for (int i = 0; i < names.length; i++) out[i] = new File(this, names[i]);
        return out;
    }

    public File[] listFiles(FileFilter filter) {
        File[] files = listFiles();
        if (files == null || filter == null) return files;
        java.util.ArrayList<File> kept = new java.util.ArrayList<>();
        for (File f : files) if (filter.accept(f)) kept.add(f);
        return kept.toArray(new File[0]);
    }

    /** The absolute path with `.` and `..` removed (links are not resolved: the sandbox shows
     *  names, not where they lead). */
    public String getCanonicalPath() throws IOException {
        return Path.of(getAbsolutePath()).normalize().toString();
    }
    public File getCanonicalFile() throws IOException { return new File(getCanonicalPath()); }

    public int compareTo(File other) { return path.compareTo(other.path); }
    public boolean equals(Object obj) {
        return obj instanceof File && compareTo((File) obj) == 0;
    }
    public int hashCode() { return path.hashCode() ^ 1234321; }
    public String toString() { return path; }
}
