package java.io;

/** JDK 17's `ByteArrayInputStream`: reads a byte array. */
public class ByteArrayInputStream extends InputStream {
    protected byte[] buf;
    protected int pos;
    protected int mark;
    protected int count;

    public ByteArrayInputStream(byte[] buf) {
        this.buf = buf;
        this.count = buf.length;
    }
    public ByteArrayInputStream(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.count = Math.min(offset + length, buf.length);
        this.mark = offset;
    }

    public int read() { return pos < count ? buf[pos++] & 0xff : -1; }
    public int read(byte[] b, int off, int len) {
        OutputStream.checkFromIndexSize(off, len, b.length);
        if (pos >= count) return -1;
        int avail = count - pos;
        if (len > avail) len = avail;
        if (len <= 0) return 0;
        System.arraycopy(buf, pos, b, off, len);
        pos += len;
        return len;
    }
    public byte[] readAllBytes() {
        byte[] out = new byte[count - pos];
        System.arraycopy(buf, pos, out, 0, out.length);
        pos = count;
        return out;
    }
    public long skip(long n) {
        long k = count - pos;
        if (n < k) k = n < 0 ? 0 : n;
        pos += (int) k;
        return k;
    }
    public int available() { return count - pos; }
    public boolean markSupported() { return true; }
    public void mark(int readAheadLimit) { mark = pos; }
    public void reset() { pos = mark; }
    public void close() {}
}
