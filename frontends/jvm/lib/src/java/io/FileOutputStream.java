package java.io;

/** Writes a file through the host (`std.file_create` under `--allow-write DIR`); as the JDK's,
 *  every `write` reaches the file before it returns (the host buffers within one call). */
public class FileOutputStream extends OutputStream {
    private final String path;
    private final int fd;
    private boolean closed;

    public FileOutputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null, false);
    }

    public FileOutputStream(String name, boolean append) throws FileNotFoundException {
        this(name != null ? new File(name) : null, append);
    }

    public FileOutputStream(File file) throws FileNotFoundException { this(file, false); }

    public FileOutputStream(File file, boolean append) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        if (name == null) throw new NullPointerException();
        int fd = RootIo.fileCreate(name, append ? 1 : 0);
        if (fd < 0) throw new FileNotFoundException(name + " (" + reason(fd) + ")");
        this.path = name;
        this.fd = fd;
    }

    /** The text of a `fileCreate` error code, as the C library words it. */
    static String reason(int code) {
        switch (code) {
            case -1: return "Permission denied";
            case -2: return "No such file or directory";
            case -3: return "Is a directory";
            case -5: return "File exists";
            case -7: return "Not a directory";
            default: return "Input/output error";
        }
    }

    public void write(int b) throws IOException {
        if (closed) throw new IOException("Stream Closed");
        if (RootIo.filePutByte(fd, b) != 0 || RootIo.fileFlush(fd) != 0) throw new IOException("Write error");
    }

    public void write(byte[] b) throws IOException { write(b, 0, b.length); }

    public void write(byte[] b, int off, int len) throws IOException {
        checkFromIndexSize(off, len, b.length);
        if (closed) throw new IOException("Stream Closed");
        if ((RootIo.filePutBytes(fd, b, off, len) | RootIo.fileFlush(fd)) != 0) throw new IOException("Write error");
    }

    public void close() throws IOException {
        if (closed) return;
        closed = true;
        if (RootIo.fileClose(fd) != 0) throw new IOException("Write error");
    }
}
