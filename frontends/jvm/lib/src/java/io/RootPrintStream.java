package java.io;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/** The state of a `PrintStream` over an `OutputStream` (the runtime's `PrintStream` keeps
 *  `System.out` / `System.err` itself and this object for every other stream; print_stream.rs
 *  calls the methods here): JDK 17's `PrintStream` behaviour. Text is encoded by an
 *  `OutputStreamWriter` writing to the `PrintStream` itself (so through its
 *  `write(byte[], int, int)`), bytes go to `out` as they are, autoflush flushes `out` after
 *  every byte array, a newline byte, and text containing a newline, an `IOException` sets the
 *  error flag `checkError` reports, and after `close` every write sets it. */
final class RootPrintStream {
    private final PrintStream ps;
    private final boolean autoFlush;
    private boolean trouble;
    private boolean closing;
    private OutputStreamWriter charOut;

    private RootPrintStream(PrintStream ps, boolean autoFlush, OutputStream out, Charset charset) {
        this.ps = ps;
        this.autoFlush = autoFlush;
        ps.out = out;
        this.charOut = charset == null ? new OutputStreamWriter(ps) : new OutputStreamWriter(ps, charset);
    }

    // The constructors of `PrintStream`, in the JDK's order of checks.
    static RootPrintStream open(PrintStream ps, OutputStream out) { return open(ps, out, false); }
    static RootPrintStream open(PrintStream ps, OutputStream out, boolean autoFlush) {
        return open(ps, autoFlush, requireNonNull(out, "Null output stream"));
    }
    static RootPrintStream open(PrintStream ps, OutputStream out, boolean autoFlush, String encoding)
            throws UnsupportedEncodingException {
        OutputStream o = requireNonNull(out, "Null output stream");
        return open(ps, o, autoFlush, toCharset(encoding));
    }
    static RootPrintStream open(PrintStream ps, OutputStream out, boolean autoFlush, Charset charset) {
        return open(ps, autoFlush, charset, requireNonNull(out, "Null output stream"));
    }
    static RootPrintStream open(PrintStream ps, boolean autoFlush, OutputStream out) {
        return new RootPrintStream(ps, autoFlush, out, null);
    }
    static RootPrintStream open(PrintStream ps, boolean autoFlush, Charset charset, OutputStream out) {
        if (charset == null) throw new NullPointerException("charset");
        return new RootPrintStream(ps, autoFlush, out, charset);
    }

    // The constructors over a file: JDK 17's, in its order (the charset is checked first).
    static RootPrintStream open(PrintStream ps, String fileName) throws FileNotFoundException {
        return open(ps, false, new FileOutputStream(fileName));
    }
    static RootPrintStream open(PrintStream ps, String fileName, String csn)
            throws FileNotFoundException, UnsupportedEncodingException {
        return open(ps, false, toCharset(csn), new FileOutputStream(fileName));
    }
    static RootPrintStream open(PrintStream ps, String fileName, Charset charset) throws IOException {
        return open(ps, false, requireNonNull(charset, "charset"), new FileOutputStream(fileName));
    }
    static RootPrintStream open(PrintStream ps, File file) throws FileNotFoundException {
        return open(ps, false, new FileOutputStream(file));
    }
    static RootPrintStream open(PrintStream ps, File file, String csn)
            throws FileNotFoundException, UnsupportedEncodingException {
        return open(ps, false, toCharset(csn), new FileOutputStream(file));
    }
    static RootPrintStream open(PrintStream ps, File file, Charset charset) throws IOException {
        return open(ps, false, requireNonNull(charset, "charset"), new FileOutputStream(file));
    }

    static <T> T requireNonNull(T obj, String message) {
        if (obj == null) throw new NullPointerException(message);
        return obj;
    }
    static Charset toCharset(String csn) throws UnsupportedEncodingException {
        requireNonNull(csn, "charsetName");
        return charset(csn);
    }
    /** `Charset.forName(csn)`, an unknown or illegal name an `UnsupportedEncodingException`. */
    static Charset charset(String csn) throws UnsupportedEncodingException {
        try {
            return Charset.forName(csn);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException unused) {
            throw new UnsupportedEncodingException(csn);
        }
    }

    void ensureOpen() throws IOException {
        if (ps.out == null) throw new IOException("Stream closed");
    }
    void print(String s) {
        try {
            ensureOpen();
            charOut.write(s);
            charOut.flushBuffer();
            if (autoFlush && (s.indexOf('\n') >= 0)) ps.out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }
    void print(char c) { print(String.valueOf(c)); }
    /** `println(x)` (JDK 17's `writeln`): the text and a newline, flushed once by autoflush
     *  after the bytes (`print(x); println()` would flush twice more). */
    void println(String s) {
        try {
            ensureOpen();
            charOut.write(s);
            charOut.write('\n');
            charOut.flushBuffer();
            if (autoFlush) ps.out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }
    void println(char c) { println(String.valueOf(c)); }
    void println(double d) { println(String.valueOf(d)); }
    void println(float f) { println(String.valueOf(f)); }
    void print(double d) { print(String.valueOf(d)); }
    void print(float f) { print(String.valueOf(f)); }
    void write(int b) {
        try {
            ensureOpen();
            ps.out.write(b);
            if ((b == '\n') && autoFlush) ps.out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }
    void write(byte[] buf, int off, int len) {
        try {
            ensureOpen();
            ps.out.write(buf, off, len);
            if (autoFlush) ps.out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }
    void flush() {
        try {
            ensureOpen();
            ps.out.flush();
        } catch (IOException x) {
            trouble = true;
        }
    }
    void close() {
        if (closing) return;
        closing = true;
        try {
            charOut.close();
            ps.out.close();
        } catch (IOException x) {
            trouble = true;
        }
        charOut = null;
        ps.out = null;
    }
    boolean checkError() {
        if (ps.out != null) ps.flush();
        if (ps.out instanceof PrintStream) return ((PrintStream) ps.out).checkError();
        return trouble;
    }
    void setError() { trouble = true; }
    void clearError() { trouble = false; }
}
