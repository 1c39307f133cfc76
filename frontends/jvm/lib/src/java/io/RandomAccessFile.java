package java.io;

/** JDK 17's `RandomAccessFile` over a file handle of the host (`RootIo.open`: "r" needs a
 *  directory granted for reading or writing, "rw" one granted for writing). Unbuffered as the
 *  JDK's: each read or write is one host call, a multi-byte value too (`readInt`, `writeLong`). */
public class RandomAccessFile implements Closeable {
    private final int fd;
    private final boolean writable;
    private final byte[] scratch = new byte[8];
    private boolean closed;

    public RandomAccessFile(String name, String mode) throws FileNotFoundException {
        this(name != null ? new File(name) : null, mode);
    }

    public RandomAccessFile(File file, String mode) throws FileNotFoundException {
        String name = file != null ? file.getPath() : null;
        boolean rw = mode.equals("rw") || mode.equals("rws") || mode.equals("rwd");
        if (!rw && !mode.equals("r")) {
            throw new IllegalArgumentException("Illegal mode \"" + mode
                + "\" must be one of \"r\", \"rw\", \"rws\", or \"rwd\"");
        }
        if (name == null) throw new NullPointerException();
        // RootIo.open's flags: read 1, write 2, create 16.
        int fd = RootIo.open(name, rw ? 1 | 2 | 16 : 1);
        if (fd < 0) throw new FileNotFoundException(name + " (" + FileOutputStream.reason(fd) + ")");
        this.fd = fd;
        this.writable = rw;
    }

    private void ensureOpen() throws IOException {
        if (closed) throw new IOException("Stream Closed");
    }

    public int read() throws IOException {
        return read(scratch, 0, 1) < 0 ? -1 : scratch[0] & 255;
    }

    public int read(byte[] b) throws IOException { return read(b, 0, b.length); }

    public int read(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (len == 0) return 0;
        int n = RootIo.read(fd, b, off, len);
        if (n < -1) throw new IOException("Input/output error");
        return n;
    }

    public final void readFully(byte[] b) throws IOException { readFully(b, 0, b.length); }

    public final void readFully(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int count = read(b, off + n, len - n);
            if (count < 0) throw new EOFException();
            n += count;
        }
    }

    public int skipBytes(int n) throws IOException {
        if (n <= 0) return 0;
        long pos = getFilePointer();
        long to = Math.min(pos + n, length());
        seek(to);
        return (int) (to - pos);
    }

    public void write(int b) throws IOException {
        scratch[0] = (byte) b;
        write(scratch, 0, 1);
    }

    public void write(byte[] b) throws IOException { write(b, 0, b.length); }

    public void write(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        ensureOpen();
        if (!writable) throw new IOException("Bad file descriptor");
        if (RootIo.write(fd, b, off, len) != 0) throw new IOException("Write error");
    }

    public long getFilePointer() throws IOException {
        ensureOpen();
        return RootIo.tell(fd);
    }

    public void seek(long pos) throws IOException {
        if (pos < 0) throw new IOException("Negative seek offset");
        ensureOpen();
        if (RootIo.seek(fd, pos) != 0) throw new IOException("Input/output error");
    }

    public long length() throws IOException {
        ensureOpen();
        return RootIo.length(fd);
    }

    public void setLength(long newLength) throws IOException {
        ensureOpen();
        if (newLength < 0 || !writable || RootIo.setLength(fd, newLength) != 0) {
            throw new IOException(newLength < 0 ? "Invalid argument" : "Bad file descriptor");
        }
    }

    public void close() throws IOException {
        if (closed) return;
        closed = true;
        RootIo.close(fd);
    }

    // Big-endian values, as DataInput / DataOutput.

    /** The next `n` bytes big-endian (EOFException if the file ends first). */
    private long readBits(int n) throws IOException {
        readFully(scratch, 0, n);
        long v = 0;
        for (int i = 0; i < n; i++) v = (v << 8) | (scratch[i] & 255);
        return v;
    }

    private void writeBits(long v, int n) throws IOException {
        for (int i = n - 1; i >= 0; i--) {
            scratch[i] = (byte) v;
            v >>>= 8;
        }
        write(scratch, 0, n);
    }

    public final boolean readBoolean() throws IOException { return readBits(1) != 0; }
    public final byte readByte() throws IOException { return (byte) readBits(1); }
    public final int readUnsignedByte() throws IOException { return (int) readBits(1); }
    public final short readShort() throws IOException { return (short) readBits(2); }
    public final int readUnsignedShort() throws IOException { return (int) readBits(2); }
    public final char readChar() throws IOException { return (char) readBits(2); }
    public final int readInt() throws IOException { return (int) readBits(4); }
    public final long readLong() throws IOException { return readBits(8); }
    public final float readFloat() throws IOException { return Float.intBitsToFloat(readInt()); }
    public final double readDouble() throws IOException { return Double.longBitsToDouble(readLong()); }

    public final void writeBoolean(boolean v) throws IOException { writeBits(v ? 1 : 0, 1); }
    public final void writeByte(int v) throws IOException { writeBits(v, 1); }
    public final void writeShort(int v) throws IOException { writeBits(v, 2); }
    public final void writeChar(int v) throws IOException { writeBits(v, 2); }
    public final void writeInt(int v) throws IOException { writeBits(v, 4); }
    public final void writeLong(long v) throws IOException { writeBits(v, 8); }
    public final void writeFloat(float v) throws IOException { writeInt(Float.floatToIntBits(v)); }
    public final void writeDouble(double v) throws IOException { writeLong(Double.doubleToLongBits(v)); }

    /** The low byte of each char. */
    public final void writeBytes(String s) throws IOException {
        byte[] b = new byte[s.length()];
        for (int i = 0; i < b.length; i++) b[i] = (byte) s.charAt(i);
        write(b, 0, b.length);
    }

    /** Each char as two bytes. */
    public final void writeChars(String s) throws IOException {
        byte[] b = new byte[s.length() * 2];
        for (int i = 0; i < s.length(); i++) {
            b[2 * i] = (byte) (s.charAt(i) >> 8);
            b[2 * i + 1] = (byte) s.charAt(i);
        }
        write(b, 0, b.length);
    }

    /** A line of bytes (each a char, as the JDK's) ended by '\n', '\r' or "\r\n", or null at
     *  the end; read 128 bytes a host call, the position left after the line's end. */
    public final String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        byte[] chunk = new byte[128];
        long start = getFilePointer();
        boolean any = false;
        while (true) {
            int n = read(chunk, 0, chunk.length);
            if (n < 0) return any ? sb.toString() : null;
            any = true;
            for (int i = 0; i < n; i++) {
                int c = chunk[i] & 255;
                if (c == '\n' || c == '\r') {
                    long after = start + sb.length() + 1;
                    seek(after);
                    if (c == '\r' && read() != '\n') seek(after);
                    return sb.toString();
                }
                sb.append((char) c);
            }
        }
    }
}
