package java.io;

public class InputStreamReader extends Reader {
    final InputStream in;

    public InputStreamReader(InputStream in) { this.in = in; }
    public int read() throws IOException { return in.$readChar(); }
    public void close() throws IOException { in.close(); }
}
