package java.io;

/** JDK 17's `OutputStream`: bytes one at a time unless a subclass does better. */
public abstract class OutputStream implements Closeable, Flushable {
    public OutputStream() {}

    /** A stream that discards its bytes (and throws once closed). */
    public static OutputStream nullOutputStream() {
        return new OutputStream() {
            private boolean closed;
            public void write(int b) throws IOException {
                if (closed) throw new IOException("Stream closed");
            }
            public void write(byte[] b, int off, int len) throws IOException {
                checkFromIndexSize(off, len, b.length);
                if (closed) throw new IOException("Stream closed");
            }
            public void close() { closed = true; }
        };
    }

    public abstract void write(int b) throws IOException;
    public void write(byte[] b) throws IOException { write(b, 0, b.length); }
    public void write(byte[] b, int off, int len) throws IOException {
        checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) write(b[off + i]);
    }
    public void flush() throws IOException {}
    public void close() throws IOException {}

    /** `Objects.checkFromIndexSize` with the JDK's message. */
    static void checkFromIndexSize(int from, int size, int length) {
        if ((length | from | size) < 0 || size > length - from) {
            throw new IndexOutOfBoundsException("Range [" + from + ", " + from + " + " + size
                + ") out of bounds for length " + length);
        }
    }
}
