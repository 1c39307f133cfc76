package java.util;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A scanner of standard input, a file or a string: whitespace-separated tokens and lines. */
public final class Scanner {
    private final InputStream in;
    private final String text;
    private int pos;

    public Scanner(InputStream in) {
        this.in = in;
        this.text = null;
    }
    /** The file's text (UTF-8). */
    public Scanner(File source) throws FileNotFoundException { this(new FileInputStream(source)); }
    /** The file's text (UTF-8). */
    public Scanner(Path source) throws IOException { this(Files.newInputStream(source)); }
    public Scanner(String s) {
        this.in = null;
        this.text = s;
    }

    private int peek() {
        if (in != null) return in.peekChar();
        return pos < text.length() ? text.charAt(pos) : -1;
    }
    private void skip() {
        if (in != null) in.$readChar();
        else pos++;
    }
    private static boolean space(int c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == 0x0b; }

    public boolean hasNext() {
        while (peek() >= 0 && space(peek())) skip();
        return peek() >= 0;
    }
    public String next() {
        if (!hasNext()) throw new NoSuchElementException();
        StringBuilder sb = new StringBuilder();
        while (peek() >= 0 && !space(peek())) {
            sb.append((char) peek());
            skip();
        }
        return sb.toString();
    }
    public boolean hasNextInt() {
        if (!hasNext()) return false;
        String t;
        if (in != null) {
            t = in.peekToken();
        } else {
            int e = pos;
            while (e < text.length() && !space(text.charAt(e))) e++;
            t = text.substring(pos, e);
        }
        try {
            Integer.parseInt(t);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
    public int nextInt() {
        String t = next();
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            throw new InputMismatchException("For input string: \"" + t + "\"");
        }
    }
    public long nextLong() { return Long.parseLong(next()); }
    public double nextDouble() { return Double.parseDouble(next()); }
    public boolean nextBoolean() { return Boolean.parseBoolean(next()); }
    public boolean hasNextLine() { return peek() >= 0; }
    public String nextLine() {
        if (peek() < 0) throw new NoSuchElementException("No line found");
        StringBuilder sb = new StringBuilder();
        while (peek() >= 0 && peek() != '\n') {
            sb.append((char) peek());
            skip();
        }
        if (peek() == '\n') skip();
        String s = sb.toString();
        return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
    }
    /** Closes the stream read (a file's; standard input's does nothing). */
    public void close() {
        if (in == null) return;
        try {
            in.close();
        } catch (IOException e) {
            // As the JDK's: a scanner remembers the exception (ioException()), here dropped.
        }
    }
}
