package java.io;

/** JDK 17's `StringWriter`, over a `StringBuilder` (the JDK's is a `StringBuffer`). */
public class StringWriter extends Writer {
    private final StringBuilder buf;

    public StringWriter() {
        buf = new StringBuilder();
        lock = buf;
    }
    public StringWriter(int initialSize) {
        if (initialSize < 0) throw new IllegalArgumentException("Negative buffer size");
        buf = new StringBuilder(initialSize);
        lock = buf;
    }

    public void write(int c) { buf.append((char) c); }
    public void write(char[] cbuf, int off, int len) {
        OutputStream.checkFromIndexSize(off, len, cbuf.length);
        if (len == 0) return;
        buf.append(cbuf, off, len);
    }
    public void write(String str) { buf.append(str); }
    public void write(String str, int off, int len) { buf.append(str.substring(off, off + len)); }
    public StringWriter append(CharSequence csq) {
        write(String.valueOf(csq));
        return this;
    }
    public StringWriter append(CharSequence csq, int start, int end) {
        return append(String.valueOf(csq).substring(start, end));
    }
    public StringWriter append(char c) {
        write(c);
        return this;
    }
    public String toString() { return buf.toString(); }
    public void flush() {}
    public void close() throws IOException {}
}
