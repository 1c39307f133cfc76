package java.io;

import java.util.ArrayList;
import java.util.stream.Stream;

public class BufferedReader extends Reader {
    private final Reader reader;

    public BufferedReader(Reader in) { reader = in; }
    public BufferedReader(Reader in, int size) { reader = in; }

    public int read() throws IOException { return reader.read(); }
    public String readLine() throws IOException {
        String line;
        if (reader instanceof InputStreamReader) {
            line = ((InputStreamReader) reader).in.line();
            if (line == null) return null;
        } else {
            StringBuilder sb = new StringBuilder();
            int c;
            while ((c = reader.read()) >= 0) {
                sb.append((char) c);
                if (c == '\n') break;
            }
            if (sb.length() == 0) return null;
            line = sb.toString();
        }
        // Without its "\n" and a "\r" before it: one copy at most.
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\n') end--;
        if (end > 0 && line.charAt(end - 1) == '\r') end--;
        return end == line.length() ? line : line.substring(0, end);
    }
    public boolean ready() throws IOException { return true; }
    public void close() throws IOException { reader.close(); }
    public Stream<String> lines() {
        ArrayList<String> all = new ArrayList<>();
        try {
            for (String l; (l = readLine()) != null;) all.add(l);
        } catch (IOException e) {
            throw new UncheckedIOException("lines", e);
        }
        return Stream.ofIterator(all.iterator());
    }
}
