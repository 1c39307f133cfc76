package java.io;

import java.nio.charset.Charset;

/** JDK 17's `OutputStreamWriter` (its `StreamEncoder`): characters are encoded into an
 *  8192-byte buffer, written to the stream when the next character does not fit, on `flush`
 *  and on `close`. A high surrogate at the end of a write waits for the next one; what the
 *  charset cannot encode (a lone surrogate; outside ISO-8859-1 or US-ASCII) becomes '?'. */
public class OutputStreamWriter extends Writer {
    private final OutputStream out;
    /** 0 UTF-8, 1 ISO-8859-1, 2 US-ASCII. */
    private final int cs;
    private final byte[] bb = new byte[8192];
    private int n;
    private int leftover = -1;
    private boolean closed;

    public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {
        super(out);
        if (charsetName == null) throw new NullPointerException("charsetName");
        this.out = out;
        this.cs = code(RootPrintStream.charset(charsetName));
    }
    public OutputStreamWriter(OutputStream out) {
        super(out);
        this.out = out;
        this.cs = 0;
    }
    public OutputStreamWriter(OutputStream out, Charset cs) {
        super(out);
        if (cs == null) throw new NullPointerException("charset");
        this.out = out;
        this.cs = code(cs);
    }

    private static int code(Charset cs) {
        String name = cs.name();
        return name.equals("ISO-8859-1") ? 1 : name.equals("US-ASCII") ? 2 : 0;
    }

    public String getEncoding() {
        if (closed) return null;
        return cs == 1 ? "ISO8859_1" : cs == 2 ? "ASCII" : "UTF8";
    }

    private void ensureOpen() throws IOException {
        if (closed) throw new IOException("Stream closed");
    }
    private void writeBytes() throws IOException {
        int len = n;
        n = 0;
        out.write(bb, 0, len);
    }
    private void put(int b, int room) throws IOException {
        if (n + room > bb.length) writeBytes();
        bb[n++] = (byte) b;
    }
    private void encode(int c) throws IOException {
        if (leftover >= 0) {
            char hi = (char) leftover;
            leftover = -1;
            if (Character.isLowSurrogate((char) c)) {
                codePoint(Character.toCodePoint(hi, (char) c));
                return;
            }
            put('?', 1);
        }
        if (Character.isHighSurrogate((char) c)) {
            leftover = c;
        } else if (Character.isLowSurrogate((char) c)) {
            put('?', 1);
        } else {
            codePoint(c);
        }
    }
    private void codePoint(int c) throws IOException {
        if (cs != 0) {
            put(c < (cs == 1 ? 0x100 : 0x80) ? c : '?', 1);
        } else if (c < 0x80) {
            put(c, 1);
        } else if (c < 0x800) {
            put(0xC0 | c >> 6, 2);
            put(0x80 | c & 0x3F, 1);
        } else if (c < 0x10000) {
            put(0xE0 | c >> 12, 3);
            put(0x80 | c >> 6 & 0x3F, 2);
            put(0x80 | c & 0x3F, 1);
        } else {
            put(0xF0 | c >> 18, 4);
            put(0x80 | c >> 12 & 0x3F, 3);
            put(0x80 | c >> 6 & 0x3F, 2);
            put(0x80 | c & 0x3F, 1);
        }
    }

    public void write(int c) throws IOException { write(new char[] {(char) c}, 0, 1); }
    public void write(char[] cbuf, int off, int len) throws IOException {
        ensureOpen();
        if ((off < 0) || (off > cbuf.length) || (len < 0) || ((off + len) > cbuf.length) || ((off + len) < 0)) {
            throw new IndexOutOfBoundsException();
        }
        int i = off, end = off + len;
        while (i < end) {
            if (leftover < 0) {
                // ASCII is one byte in every charset here: copied a buffer at a time.
                if (n == bb.length) writeBytes();
                int k = RootIo.asciiBytes(cbuf, i, end - i, bb, n);
                i += k;
                n += k;
                if (k > 0) continue;
            }
            encode(cbuf[i++]);
        }
    }
    public void write(String str, int off, int len) throws IOException {
        if (len < 0) throw new IndexOutOfBoundsException();
        char[] cbuf = new char[len];
        str.getChars(off, off + len, cbuf, 0);
        write(cbuf, 0, len);
    }
    public void write(String str) throws IOException { write(str, 0, str.length()); }
    void flushBuffer() throws IOException {
        ensureOpen();
        if (n > 0) writeBytes();
    }
    public void flush() throws IOException {
        flushBuffer();
        out.flush();
    }
    public void close() throws IOException {
        if (closed) return;
        try {
            if (leftover >= 0) {
                leftover = -1;
                put('?', 1);
            }
            if (n > 0) writeBytes();
            out.close();
        } finally {
            closed = true;
        }
    }
}
