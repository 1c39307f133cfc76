package java.io;

import java.nio.charset.StandardCharsets;

/** JDK 17's `ByteArrayInputStream`: bytes of an array; lines (UTF-8) for `BufferedReader`. */
public class ByteArrayInputStream extends InputStream {
    protected byte[] buf;
    protected int pos;
    protected int mark;
    protected int count;

    public ByteArrayInputStream(byte[] buf) { this(buf, 0, buf.length); }

    public ByteArrayInputStream(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.mark = offset;
        this.count = Math.min(offset + length, buf.length);
    }

    public synchronized int read() { return pos < count ? buf[pos++] & 255 : -1; }

    public synchronized int read(byte[] b, int off, int len) {
        OutputStream.checkFromIndexSize(off, len, b.length);
        if (pos >= count) return -1;
        int n = Math.min(len, count - pos);
        System.arraycopy(buf, pos, b, off, n);
        pos += n;
        return n;
    }

    public synchronized byte[] readAllBytes() {
        byte[] out = new byte[count - pos];
        System.arraycopy(buf, pos, out, 0, out.length);
        pos = count;
        return out;
    }

    public synchronized long skip(long n) {
        long k = Math.max(0, Math.min(n, count - pos));
        pos += (int) k;
        return k;
    }

    public synchronized int available() { return count - pos; }
    public boolean markSupported() { return true; }
    public void mark(int readAheadLimit) { mark = pos; }
    public synchronized void reset() { pos = mark; }
    public void close() {}

    /** The next line with its '\n' (the last may lack it), or null at the end. */
    String nextLine() {
        if (pos >= count) return null;
        int start = pos;
        while (pos < count && buf[pos++] != '\n') {}
        return new String(buf, start, pos - start, StandardCharsets.UTF_8);
    }
}
