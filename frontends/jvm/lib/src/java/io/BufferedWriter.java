package java.io;

/** JDK 17's `BufferedWriter`: characters reach the writer below when the buffer (8192 by
 *  default) is full, on `flush` and on `close`. */
public class BufferedWriter extends Writer {
    private Writer out;
    private char[] cb;
    private int nChars;
    private int nextChar;

    public BufferedWriter(Writer out) { this(out, 8192); }
    public BufferedWriter(Writer out, int sz) {
        super(out);
        if (sz <= 0) throw new IllegalArgumentException("Buffer size <= 0");
        this.out = out;
        cb = new char[sz];
        nChars = sz;
        nextChar = 0;
    }

    private void ensureOpen() throws IOException {
        if (out == null) throw new IOException("Stream closed");
    }
    void flushBuffer() throws IOException {
        ensureOpen();
        if (nextChar == 0) return;
        out.write(cb, 0, nextChar);
        nextChar = 0;
    }
    public void write(int c) throws IOException {
        ensureOpen();
        if (nextChar >= nChars) flushBuffer();
        cb[nextChar++] = (char) c;
    }
    public void write(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        OutputStream.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) return;
        if (len >= nChars) {
            flushBuffer();
            out.write(cbuf, off, len);
            return;
        }
        int b = off, t = off + len;
        while (b < t) {
            int d = Math.min(nChars - nextChar, t - b);
            System.arraycopy(cbuf, b, cb, nextChar, d);
            b += d;
            nextChar += d;
            if (nextChar >= nChars) flushBuffer();
        }
    }
    public void write(String s, int off, int len) throws IOException {
        ensureOpen();
        int b = off, t = off + len;
        while (b < t) {
            int d = Math.min(nChars - nextChar, t - b);
            s.getChars(b, b + d, cb, nextChar);
            b += d;
            nextChar += d;
            if (nextChar >= nChars) flushBuffer();
        }
    }
    public void newLine() throws IOException { write("\n"); }
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }
    public void close() throws IOException {
        if (out == null) return;
        Writer w = out;
        try {
            flushBuffer();
        } catch (Throwable e) {
            out = null;
            cb = null;
            try {
                w.close();
            } catch (Throwable c) {
                if (c != e) e.addSuppressed(c);
            }
            throw e;
        }
        out = null;
        cb = null;
        w.close();
    }
}
