package java.nio.file;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.RootFileInput;
import java.io.RootFileOutput;
import java.io.RootIo;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.attribute.FileAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** JDK 17's `Files`, the common operations, through the VM's file functions (`RootIo`:
 *  vm/src/stdpaths.rs, stdhandles.rs), confined to the directories of `--allow-write` (reading
 *  also `--allow-read`); outside them an operation is an `AccessDeniedException`, and what
 *  looks (`exists`, `isDirectory`, ...) sees nothing. Directory listings are sorted by name. */
public final class Files {
    private Files() {}

    private static final int READ = 1;
    private static final int WRITE = 2;
    private static final int APPEND = 4;
    private static final int TRUNCATE = 8;
    private static final int CREATE = 16;
    private static final int CREATE_NEW = 32;

    /** The exception of a `RootIo` error code for `file` (and `other`, of a copy or move). */
    static IOException error(int code, String file, String other) {
        switch (code) {
            case -1: return other == null ? new AccessDeniedException(file) : new AccessDeniedException(file, other, null);
            case -2: return new NoSuchFileException(file);
            case -3: return new FileSystemException(file, other, "Is a directory");
            case -5: return new FileAlreadyExistsException(file);
            case -6: return new DirectoryNotEmptyException(file);
            case -7: return new FileSystemException(file, other, "Not a directory");
            default: return new FileSystemException(file, other, "Input/output error");
        }
    }

    /** The flags of `options` for writing (JDK 17's defaults: CREATE, TRUNCATE_EXISTING). */
    private static int writeFlags(OpenOption[] options) {
        if (options.length == 0) return WRITE | CREATE | TRUNCATE;
        int flags = WRITE;
        for (OpenOption o : options) {
            if (o == null) throw new NullPointerException();
            if (o == StandardOpenOption.READ) throw new IllegalArgumentException("READ not allowed");
            if (o instanceof StandardOpenOption) flags |= ((StandardOpenOption) o).flag;
        }
        if ((flags & APPEND) != 0 && (flags & TRUNCATE) != 0) {
            throw new IllegalArgumentException("APPEND + TRUNCATE_EXISTING not allowed");
        }
        return flags;
    }

    /** A handle of `path` opened for reading. */
    private static int openRead(Path path) throws IOException {
        int fd = RootIo.open(path.toString(), READ);
        if (fd == -3) throw new IOException("Is a directory");
        if (fd < 0) throw error(fd, path.toString(), null);
        return fd;
    }

    /** A handle of `path` opened for writing with `options`. */
    private static int openWrite(Path path, OpenOption[] options) throws IOException {
        int fd = RootIo.open(path.toString(), writeFlags(options));
        if (fd < 0) throw error(fd, path.toString(), null);
        return fd;
    }

    private static void writeAll(Path path, byte[] bytes, OpenOption[] options) throws IOException {
        int fd = openWrite(path, options);
        int status = RootIo.write(fd, bytes, 0, bytes.length);
        RootIo.close(fd);
        if (status != 0) throw new IOException("Write error");
    }

    // Reading and writing whole files.

    public static byte[] readAllBytes(Path path) throws IOException {
        int fd = openRead(path);
        try {
            long size = RootIo.length(fd);
            if (size > Integer.MAX_VALUE - 8) throw new OutOfMemoryError("Required array size too large");
            byte[] bytes = new byte[(int) Math.max(size, 0)];
            int n = 0;
            while (true) {
                if (n == bytes.length) {
                    byte[] one = new byte[1];
                    int more = RootIo.read(fd, one, 0, 1);
                    if (more == -1) return bytes;
                    if (more < 0) throw new IOException("Input/output error");
                    bytes = resize(bytes, Math.max(bytes.length * 2, 8192));
                    bytes[n++] = one[0];
                }
                int got = RootIo.read(fd, bytes, n, bytes.length - n);
                if (got == -1) return resize(bytes, n);
                if (got < 0) throw new IOException("Input/output error");
                n += got;
            }
        } finally {
            RootIo.close(fd);
        }
    }

    private static byte[] resize(byte[] bytes, int length) {
        byte[] out = new byte[length];
        System.arraycopy(bytes, 0, out, 0, Math.min(length, bytes.length));
        return out;
    }

    public static String readString(Path path) throws IOException { return readString(path, StandardCharsets.UTF_8); }

    public static String readString(Path path, Charset cs) throws IOException {
        return new String(readAllBytes(path), cs);
    }

    public static List<String> readAllLines(Path path) throws IOException {
        return readAllLines(path, StandardCharsets.UTF_8);
    }

    /** The lines as `BufferedReader.readLine` splits them ('\n', '\r' or "\r\n"). */
    public static List<String> readAllLines(Path path, Charset cs) throws IOException {
        String text = readString(path, cs);
        List<String> lines = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
            i++;
        }
        if (start < text.length()) lines.add(text.substring(start));
        return lines;
    }

    /** The lines (read when called, as `readAllLines`; closing the stream releases nothing). */
    public static Stream<String> lines(Path path) throws IOException { return Stream.ofIterator(readAllLines(path).iterator()); }

    public static Stream<String> lines(Path path, Charset cs) throws IOException {
        return Stream.ofIterator(readAllLines(path, cs).iterator());
    }

    public static Path write(Path path, byte[] bytes, OpenOption... options) throws IOException {
        writeAll(path, bytes, options);
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, Charset cs, OpenOption... options)
            throws IOException {
        // Bytes, not a StringBuilder (whose appends copy the text so far: quadratic). A
        // CharSequence is not a class of the runtime: the elements as objects (strings here).
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        for (Object line : lines) {
            bytes.writeBytes(String.valueOf(line).getBytes(cs));
            bytes.write('\n');
        }
        writeAll(path, bytes.toByteArray(), options);
        return path;
    }

    public static Path write(Path path, Iterable<? extends CharSequence> lines, OpenOption... options)
            throws IOException {
        return write(path, lines, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, OpenOption... options) throws IOException {
        return writeString(path, csq, StandardCharsets.UTF_8, options);
    }

    public static Path writeString(Path path, CharSequence csq, Charset cs, OpenOption... options)
            throws IOException {
        writeAll(path, String.valueOf((Object) csq).getBytes(cs), options);
        return path;
    }

    // Streams.

    public static InputStream newInputStream(Path path, OpenOption... options) throws IOException {
        for (OpenOption o : options) {
            if (o == StandardOpenOption.APPEND || o == StandardOpenOption.WRITE) {
                throw new UnsupportedOperationException("'" + o + "' not allowed");
            }
        }
        return new RootFileInput(openRead(path), StandardCharsets.UTF_8);
    }

    public static OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {
        return new RootFileOutput(openWrite(path, options));
    }

    public static BufferedReader newBufferedReader(Path path) throws IOException {
        return newBufferedReader(path, StandardCharsets.UTF_8);
    }

    public static BufferedReader newBufferedReader(Path path, Charset cs) throws IOException {
        return new BufferedReader(new InputStreamReader(new RootFileInput(openRead(path), cs)));
    }

    public static BufferedWriter newBufferedWriter(Path path, OpenOption... options) throws IOException {
        return newBufferedWriter(path, StandardCharsets.UTF_8, options);
    }

    public static BufferedWriter newBufferedWriter(Path path, Charset cs, OpenOption... options) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(new RootFileOutput(openWrite(path, options)), cs));
    }

    // What is there.

    public static boolean exists(Path path, LinkOption... options) { return RootIo.fileExists(path.toString()) != 0; }
    public static boolean notExists(Path path, LinkOption... options) { return !exists(path); }
    public static boolean isDirectory(Path path, LinkOption... options) { return RootIo.fileExists(path.toString()) == 2; }
    public static boolean isRegularFile(Path path, LinkOption... options) {
        return RootIo.fileExists(path.toString()) == 1;
    }
    public static boolean isReadable(Path path) { return exists(path); }

    public static long size(Path path) throws IOException {
        long size = RootIo.size(path.toString());
        if (size < 0) throw new NoSuchFileException(path.toString());
        return size;
    }

    // Making, deleting, copying and moving.

    public static Path createFile(Path path, FileAttribute<?>... attrs) throws IOException {
        int code = RootIo.createFile(path.toString());
        if (code != 0) throw error(code, path.toString(), null);
        return path;
    }

    public static Path createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
        int code = RootIo.mkdir(dir.toString());
        if (code != 0) throw error(code, dir.toString(), null);
        return dir;
    }

    /** JDK 17's algorithm: the directory, else its missing ancestors from the first that exists
     *  (of its absolute path) down; an existing file in the way is an error. */
    public static Path createDirectories(Path dir, FileAttribute<?>... attrs) throws IOException {
        try {
            createAndCheckIsDirectory(dir);
            return dir;
        } catch (FileAlreadyExistsException | AccessDeniedException x) {
            throw x;
        } catch (IOException x) {
            // A parent may be missing.
        }
        Path abs = dir.toAbsolutePath();
        Path parent = abs.getParent();
        while (parent != null && !exists(parent)) parent = parent.getParent();
        if (parent == null) {
            throw new FileSystemException(abs.toString(), null, "Unable to determine if root directory exists");
        }
        Path child = parent;
        for (Path name : parent.relativize(abs)) {
            child = child.resolve(name);
            createAndCheckIsDirectory(child);
        }
        return dir;
    }

    private static void createAndCheckIsDirectory(Path dir) throws IOException {
        try {
            createDirectory(dir);
        } catch (FileAlreadyExistsException x) {
            if (!isDirectory(dir)) throw x;
        }
    }

    public static void delete(Path path) throws IOException {
        int code = RootIo.delete(path.toString());
        if (code != 0) throw error(code, path.toString(), null);
    }

    public static boolean deleteIfExists(Path path) throws IOException {
        int code = RootIo.delete(path.toString());
        if (code == -2) return false;
        if (code != 0) throw error(code, path.toString(), null);
        return true;
    }

    private static boolean replaces(CopyOption[] options) {
        for (CopyOption o : options) {
            if (o == null) throw new NullPointerException();
            if (o == StandardCopyOption.REPLACE_EXISTING) return true;
        }
        return false;
    }

    /** The exception of a failed copy or move of `source` to `target`. */
    private static IOException transferError(int code, Path source, Path target) {
        if (code == -2) return new NoSuchFileException(source.toString());
        if (code == -5 || code == -6) return error(code, target.toString(), null);
        return error(code, source.toString(), target.toString());
    }

    public static Path copy(Path source, Path target, CopyOption... options) throws IOException {
        int code = RootIo.copy(source.toString(), target.toString(), replaces(options) ? 1 : 0);
        if (code != 0) throw transferError(code, source, target);
        return target;
    }

    public static long copy(Path source, OutputStream out) throws IOException {
        byte[] bytes = readAllBytes(source);
        out.write(bytes);
        return bytes.length;
    }

    /** The rest of `in` into `target` (which must not exist unless `REPLACE_EXISTING`). */
    public static long copy(InputStream in, Path target, CopyOption... options) throws IOException {
        boolean replace = replaces(options);
        byte[] bytes = in.readAllBytes();
        int fd = RootIo.open(target.toString(), WRITE | TRUNCATE | (replace ? CREATE : CREATE_NEW));
        if (fd < 0) throw error(fd, target.toString(), null);
        int status = RootIo.write(fd, bytes, 0, bytes.length);
        RootIo.close(fd);
        if (status != 0) throw new IOException("Write error");
        return bytes.length;
    }

    public static Path move(Path source, Path target, CopyOption... options) throws IOException {
        int code = RootIo.move(source.toString(), target.toString(), replaces(options) ? 1 : 0);
        if (code != 0) throw transferError(code, source, target);
        return target;
    }

    // Directories.

    /** The entries of `dir` (sorted by name), each `dir.resolve(name)`. */
    private static List<Path> entries(Path dir) throws IOException {
        String names = RootIo.list(dir.toString());
        if (names == null) {
            if (!exists(dir)) throw new NoSuchFileException(dir.toString());
            throw new NotDirectoryException(dir.toString());
        }
        List<Path> out = new ArrayList<>();
        int start = 0;
        for (int end; (end = names.indexOf('\0', start)) >= 0; start = end + 1) {
            out.add(dir.resolve(names.substring(start, end)));
        }
        return out;
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir) throws IOException {
        return new RootDirectoryStream(entries(dir));
    }

    public static DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter)
            throws IOException {
        List<Path> kept = new ArrayList<>();
        for (Path entry : entries(dir)) if (filter.accept(entry)) kept.add(entry);
        return new RootDirectoryStream(kept);
    }

    public static Stream<Path> list(Path dir) throws IOException { return Stream.ofIterator(entries(dir).iterator()); }

    public static Stream<Path> walk(Path start, FileVisitOption... options) throws IOException {
        return walk(start, Integer.MAX_VALUE, options);
    }

    /** `start`, then depth first what is under it down to `maxDepth` (entries sorted by name). */
    public static Stream<Path> walk(Path start, int maxDepth, FileVisitOption... options) throws IOException {
        if (maxDepth < 0) throw new IllegalArgumentException("'maxDepth' is negative");
        if (!exists(start)) throw new NoSuchFileException(start.toString());
        List<Path> out = new ArrayList<>();
        visit(start, maxDepth, out);
        return Stream.ofIterator(out.iterator());
    }

    private static void visit(Path path, int depth, List<Path> out) throws IOException {
        out.add(path);
        if (depth > 0 && isDirectory(path)) {
            for (Path entry : entries(path)) visit(entry, depth - 1, out);
        }
    }
}
