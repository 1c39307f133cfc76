package java.io;

/** The end of a file came before the bytes a read needed (`RandomAccessFile.readInt`, ...). */
public class EOFException extends IOException {
    public EOFException() { super(); }
    public EOFException(String s) { super(s); }
}
