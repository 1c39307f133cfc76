package java.io;

import java.nio.charset.Charset;

/** Bytes of a file handle of `RootIo.open` (`java.nio.file.Files.newInputStream` and
 *  `newBufferedReader`), read a buffer of 8,192 at a time by one host call; lines for
 *  `BufferedReader` decoded with the stream's charset. Not JDK API. */
public final class RootFileInput extends InputStream {
    private final int fd;
    private final Charset charset;
    private final byte[] buf = new byte[8192];
    private int pos;
    private int end;
    private boolean closed;

    public RootFileInput(int fd, Charset charset) {
        this.fd = fd;
        this.charset = charset;
    }

    /** Whether bytes are waiting in the buffer (refilled when used up). */
    private boolean fill() throws IOException {
        if (closed) throw new IOException("Stream Closed");
        if (pos < end) return true;
        int n = RootIo.read(fd, buf, 0, buf.length);
        if (n < -1) throw new IOException("Input/output error");
        pos = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    public int read() throws IOException { return fill() ? buf[pos++] & 255 : -1; }

    public int read(byte[] b) throws IOException { return read(b, 0, b.length); }

    public int read(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        if (len == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(len, end - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    public byte[] readAllBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        while (fill()) {
            out.write(buf, pos, end - pos);
            pos = end;
        }
        return out.toByteArray();
    }

    public int available() throws IOException { return closed ? 0 : end - pos; }

    /** The next line with its '\n' (the last may lack it), or null at the end. */
    String nextLine() {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            while (fill()) {
                int start = pos;
                while (pos < end && buf[pos] != '\n') pos++;
                boolean eol = pos < end;
                if (eol) pos++;
                line.write(buf, start, pos - start);
                if (eol) break;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.size() == 0 ? null : new String(line.toByteArray(), charset);
    }

    public void close() throws IOException {
        if (closed) return;
        closed = true;
        RootIo.close(fd);
    }
}
