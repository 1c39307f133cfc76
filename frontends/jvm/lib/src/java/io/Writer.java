package java.io;

/** JDK 17's `Writer`. */
public abstract class Writer implements Appendable, Closeable, Flushable {
    protected Object lock;

    protected Writer() { this.lock = this; }
    protected Writer(Object lock) {
        if (lock == null) throw new NullPointerException();
        this.lock = lock;
    }

    public void write(int c) throws IOException { write(new char[] {(char) c}, 0, 1); }
    public void write(char[] cbuf) throws IOException { write(cbuf, 0, cbuf.length); }
    public abstract void write(char[] cbuf, int off, int len) throws IOException;
    public void write(String str) throws IOException { write(str, 0, str.length()); }
    public void write(String str, int off, int len) throws IOException {
        char[] cbuf = new char[len];
        str.getChars(off, off + len, cbuf, 0);
        write(cbuf, 0, len);
    }
    public Writer append(CharSequence csq) throws IOException {
        write(String.valueOf(csq));
        return this;
    }
    public Writer append(CharSequence csq, int start, int end) throws IOException {
        return append(String.valueOf(csq).substring(start, end));
    }
    public Writer append(char c) throws IOException {
        write(c);
        return this;
    }
    public abstract void flush() throws IOException;
    public abstract void close() throws IOException;

    /** A writer that discards its characters (and throws once closed). */
    public static Writer nullWriter() {
        return new Writer() {
            private boolean closed;
            public void write(char[] cbuf, int off, int len) throws IOException {
                OutputStream.checkFromIndexSize(off, len, cbuf.length);
                if (closed) throw new IOException("Stream closed");
            }
            public void flush() throws IOException {
                if (closed) throw new IOException("Stream closed");
            }
            public void close() { closed = true; }
        };
    }
}
