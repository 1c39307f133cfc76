package java.io;

/** Reads a file through the host (`std.file_ropen`: a file under `--allow-read` or
 *  `--allow-write`); bytes with `read`, UTF-8 lines through a `FileReader`. */
public class FileInputStream extends InputStream {
    private final String path;
    private int fd;
    private boolean closed;

    public FileInputStream(String name) throws FileNotFoundException {
        this(name != null ? new File(name) : null);
    }

    public FileInputStream(File file) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        if (name == null) throw new NullPointerException();
        int fd = RootIo.fileOpen(name);
        if (fd < 0) throw new FileNotFoundException(name + " (" + FileOutputStream.reason(fd) + ")");
        this.path = name;
        this.fd = fd;
    }

    public int read() throws IOException {
        if (closed) throw new IOException("Stream Closed");
        return check(RootIo.fileReadByte(fd));
    }

    private static int check(int b) throws IOException {
        if (b < -1) throw new IOException("Input/output error");
        return b;
    }

    public int read(byte[] b) throws IOException { return read(b, 0, b.length); }

    public int read(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        if (closed) throw new IOException("Stream Closed");
        if (len == 0) return 0;
        int n = 0;
        while (n < len) {
            int c = check(RootIo.fileReadByte(fd));
            if (c < 0) break;
            b[off + n++] = (byte) c;
        }
        return n == 0 ? -1 : n;
    }

    /** The next line of UTF-8 text with its '\n', or null at the end. */
    String nextLine() {
        if (closed) return null;
        StringBuilder sb = new StringBuilder();
        int c = RootIo.fileReadByte(fd);
        if (c < 0) return null;
        while (c >= 0) {
            int extra = c < 0x80 ? 0 : c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : -1;
            int cp = extra == 3 ? c & 7 : extra == 2 ? c & 15 : extra == 1 ? c & 31 : c;
            for (int i = 0; i < extra; i++) {
                int next = RootIo.fileReadByte(fd);
                if (next < 0) break;
                cp = (cp << 6) | (next & 63);
            }
            if (extra < 0) cp = 0xFFFD;
            sb.appendCodePoint(cp);
            if (c == '\n') break;
            c = RootIo.fileReadByte(fd);
        }
        return sb.toString();
    }

    public void close() throws IOException {
        if (closed) return;
        closed = true;
        RootIo.fileReadClose(fd);
    }
}
