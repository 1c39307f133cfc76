package java.io;

/** Bytes to a file handle of `RootIo.open` (`java.nio.file.Files.newOutputStream` and
 *  `newBufferedWriter`): one host call per `write`, unbuffered as the JDK's channel stream.
 *  Not JDK API. */
public final class RootFileOutput extends OutputStream {
    private final int fd;
    private final byte[] one = new byte[1];
    private boolean closed;

    public RootFileOutput(int fd) { this.fd = fd; }

    public void write(int b) throws IOException {
        one[0] = (byte) b;
        write(one, 0, 1);
    }

    public void write(byte[] b, int off, int len) throws IOException {
        checkFromIndexSize(off, len, b.length);
        if (closed) throw new IOException("Stream Closed");
        if (RootIo.write(fd, b, off, len) != 0) throw new IOException("Write error");
    }

    public void close() throws IOException {
        if (closed) return;
        closed = true;
        RootIo.close(fd);
    }
}
