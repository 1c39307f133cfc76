package java.io;

/** Standard input (`System.in`), read a line at a time from the host and served from a buffer,
 *  so byte reads, `Scanner` and `BufferedReader` share one position. */
public abstract class InputStream {
    private static InputStream stdin;
    private String buffer = "";
    private int pos;
    private boolean eof;

    protected InputStream() {}

    /** `System.in`. */
    public static InputStream stdin() {
        if (stdin == null) stdin = new InputStream() {};
        return stdin;
    }

    /** The next line with its '\n' (the last may lack it), or null at the end: standard
     *  input's; a file stream reads its own. */
    String nextLine() { return RootIo.readLine(); }

    /** The rest of the current line with its '\n' (refilled when used up), or null at the end. */
    String line() {
        if (pos >= buffer.length()) {
            if (eof) return null;
            String next = nextLine();
            if (next == null) {
                eof = true;
                return null;
            }
            buffer = next;
            pos = 0;
        }
        String rest = pos == 0 ? buffer : buffer.substring(pos);
        pos = buffer.length();
        return rest;
    }
    /** The next char without consuming it, or -1 at the end. */
    public int peekChar() {
        if (pos >= buffer.length()) {
            if (eof) return -1;
            String next = nextLine();
            if (next == null) {
                eof = true;
                return -1;
            }
            buffer = next;
            pos = 0;
        }
        return buffer.charAt(pos);
    }
    public int $readChar() {
        int c = peekChar();
        if (c >= 0) pos++;
        return c;
    }
    /** The characters from here to the next whitespace in the current line (Scanner's look-ahead). */
    public String peekToken() {
        int e = pos;
        while (e < buffer.length() && buffer.charAt(e) > ' ') e++;
        return buffer.substring(pos, e);
    }
    public int read() throws IOException { return $readChar(); }
    public int read(byte[] b) throws IOException { return read(b, 0, b.length); }
    /** JDK 17's default: `read()` byte by byte until `len` or the end. */
    public int read(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        if (len == 0) return 0;
        int n = 0;
        for (int c; n < len && (c = read()) >= 0; n++) b[off + n] = (byte) c;
        return n == 0 ? -1 : n;
    }
    public byte[] readAllBytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        for (int n; (n = read(buf, 0, buf.length)) > 0;) out.write(buf, 0, n);
        return out.toByteArray();
    }
    public long skip(long n) throws IOException {
        long done = 0;
        while (done < n && read() >= 0) done++;
        return done;
    }
    public int available() throws IOException { return buffer.length() - pos; }
    public void close() throws IOException {}
}
