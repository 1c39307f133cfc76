package java.io;

public class IOException extends Exception {
    public IOException() { super(); }
    public IOException(String s) { super(s); }
}
