package java.nio.file;

import java.io.File;
import java.io.RootIo;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A path string normalised as JDK 17's `UnixPath`: no repeated or trailing '/'. */
final class RootPath implements Path {
    private final String path;

    RootPath(String input) { path = normalize(input); }

    private static String normalize(String input) {
        StringBuilder sb = new StringBuilder(input.length());
        char prev = 0;
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c == 0) throw new InvalidPathException(input, "Nul character not allowed");
            if (c == '/' && prev == '/') continue;
            sb.append(c);
            prev = c;
        }
        if (sb.length() > 1 && prev == '/') sb.setLength(sb.length() - 1);
        return sb.toString();
    }

    /** The names ("" has one, the empty name; "/" none). */
    private List<String> names() {
        List<String> names = new ArrayList<>();
        if (path.isEmpty()) {
            names.add("");
            return names;
        }
        int start = isAbsolute() ? 1 : 0;
        while (start < path.length()) {
            int slash = path.indexOf('/', start);
            int end = slash < 0 ? path.length() : slash;
            names.add(path.substring(start, end));
            start = end + 1;
        }
        return names;
    }

    private static Path join(boolean absolute, List<String> names, int from, int to) {
        StringBuilder sb = new StringBuilder(absolute ? "/" : "");
        for (int i = from; i < to; i++) {
            if (i > from) sb.append('/');
            sb.append(names.get(i));
        }
        return new RootPath(sb.toString());
    }

    public boolean isAbsolute() { return path.startsWith("/"); }
    public Path getRoot() { return isAbsolute() ? new RootPath("/") : null; }

    public Path getFileName() {
        if (path.isEmpty()) return this;
        if (path.equals("/")) return null;
        return new RootPath(path.substring(path.lastIndexOf('/') + 1));
    }

    public Path getParent() {
        int count = getNameCount();
        if (count == 0 || (count == 1 && !isAbsolute()) || path.isEmpty()) return null;
        int slash = path.lastIndexOf('/');
        return new RootPath(slash == 0 ? "/" : path.substring(0, slash));
    }

    public int getNameCount() { return names().size(); }

    public Path getName(int index) {
        List<String> names = names();
        if (index < 0 || index >= names.size()) throw new IllegalArgumentException();
        return new RootPath(names.get(index));
    }

    public Path subpath(int beginIndex, int endIndex) {
        List<String> names = names();
        if (beginIndex < 0 || beginIndex >= names.size() || endIndex > names.size() || beginIndex >= endIndex) {
            throw new IllegalArgumentException();
        }
        return join(false, names, beginIndex, endIndex);
    }

    public boolean startsWith(Path other) {
        RootPath o = (RootPath) other;
        if (o.isAbsolute() != isAbsolute()) return false;
        List<String> mine = names();
        List<String> theirs = o.names();
        if (theirs.size() > mine.size()) return false;
        for (int i = 0; i < theirs.size(); i++) {
            if (!theirs.get(i).equals(mine.get(i))) return false;
        }
        return true;
    }

    public boolean startsWith(String other) { return startsWith(Path.of(other)); }

    public boolean endsWith(Path other) {
        RootPath o = (RootPath) other;
        if (o.isAbsolute()) return equals(o);
        List<String> mine = names();
        List<String> theirs = o.names();
        if (theirs.size() > mine.size()) return false;
        int shift = mine.size() - theirs.size();
        for (int i = 0; i < theirs.size(); i++) {
            if (!theirs.get(i).equals(mine.get(shift + i))) return false;
        }
        return true;
    }

    public boolean endsWith(String other) { return endsWith(Path.of(other)); }

    public Path normalize() {
        List<String> out = new ArrayList<>();
        for (String name : names()) {
            if (name.equals(".") || name.isEmpty()) continue;
            if (name.equals("..")) {
                int last = out.size() - 1;
                if (last >= 0 && !out.get(last).equals("..")) {
                    out.remove(last);
                    continue;
                }
                if (isAbsolute()) continue;
            }
            out.add(name);
        }
        return join(isAbsolute(), out, 0, out.size());
    }

    public Path resolve(Path other) {
        RootPath o = (RootPath) other;
        if (o.isAbsolute() || path.isEmpty()) return o;
        if (o.path.isEmpty()) return this;
        return new RootPath(path.equals("/") ? "/" + o.path : path + "/" + o.path);
    }

    public Path resolve(String other) { return resolve(new RootPath(other)); }

    public Path resolveSibling(Path other) {
        Path parent = getParent();
        return parent == null ? other : parent.resolve(other);
    }

    public Path resolveSibling(String other) { return resolveSibling(new RootPath(other)); }

    public Path relativize(Path other) {
        RootPath o = (RootPath) other;
        if (o.isAbsolute() != isAbsolute()) throw new IllegalArgumentException("'other' is different type of Path");
        if (equals(o)) return new RootPath("");
        if (path.isEmpty()) return o;
        List<String> mine = names();
        List<String> theirs = o.path.isEmpty() ? new ArrayList<>() : o.names();
        int common = 0;
        while (common < mine.size() && common < theirs.size() && mine.get(common).equals(theirs.get(common))) common++;
        List<String> out = new ArrayList<>();
        for (int i = common; i < mine.size(); i++) out.add("..");
        for (int i = common; i < theirs.size(); i++) out.add(theirs.get(i));
        return join(false, out, 0, out.size());
    }

    public Path toAbsolutePath() {
        if (isAbsolute()) return this;
        String cwd = RootIo.cwd();
        return new RootPath(path.isEmpty() ? cwd : cwd + "/" + path);
    }

    public File toFile() { return new File(path); }

    public Iterator<Path> iterator() {
        List<Path> parts = new ArrayList<>();
        if (!path.equals("/")) for (String name : names()) parts.add(new RootPath(name));
        return parts.iterator();
    }

    public int compareTo(Path other) { return path.compareTo(((RootPath) other).path); }
    public boolean equals(Object other) { return other instanceof RootPath && ((RootPath) other).path.equals(path); }
    public int hashCode() { return path.hashCode(); }
    public String toString() { return path; }
}
