package java.io;

/** JDK 17's `DataInputStream`: reads what `DataOutputStream` writes; `EOFException` when the
 *  stream ends inside a value. */
public class DataInputStream extends FilterInputStream implements DataInput {
    public DataInputStream(InputStream in) { super(in); }

    public final int read(byte[] b) throws IOException { return in.read(b, 0, b.length); }
    public final int read(byte[] b, int off, int len) throws IOException { return in.read(b, off, len); }
    public final void readFully(byte[] b) throws IOException { readFully(b, 0, b.length); }
    public final void readFully(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        int n = 0;
        while (n < len) {
            int count = in.read(b, off + n, len - n);
            if (count < 0) throw new EOFException();
            n += count;
        }
    }
    public final int skipBytes(int n) throws IOException {
        int total = 0;
        int cur;
        while (total < n && (cur = (int) in.skip(n - total)) > 0) total += cur;
        return total;
    }
    private int next() throws IOException {
        int c = in.read();
        if (c < 0) throw new EOFException();
        return c;
    }
    public final boolean readBoolean() throws IOException { return next() != 0; }
    public final byte readByte() throws IOException { return (byte) next(); }
    public final int readUnsignedByte() throws IOException { return next(); }
    public final short readShort() throws IOException { return (short) readUnsignedShort(); }
    public final int readUnsignedShort() throws IOException {
        int a = next();
        return (a << 8) + next();
    }
    public final char readChar() throws IOException { return (char) readUnsignedShort(); }
    public final int readInt() throws IOException {
        int a = next(), b = next(), c = next();
        return (a << 24) + (b << 16) + (c << 8) + next();
    }
    public final long readLong() throws IOException {
        long hi = readInt();
        return (hi << 32) + (readInt() & 0xFFFFFFFFL);
    }
    public final float readFloat() throws IOException { return Float.intBitsToFloat(readInt()); }
    public final double readDouble() throws IOException { return Double.longBitsToDouble(readLong()); }

    /** Bytes up to a line end as Latin-1 characters, as the JDK's deprecated `readLine`. */
    @Deprecated
    public final String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        int c = in.read();
        if (c < 0) return null;
        while (c >= 0 && c != '\n') {
            if (c == '\r') break;
            sb.append((char) c);
            c = in.read();
        }
        return sb.toString();
    }
    public final String readUTF() throws IOException { return readUTF(this); }

    /** Reads a length and that many bytes of modified UTF-8 from `in`. */
    public static final String readUTF(DataInput in) throws IOException {
        int utflen = in.readUnsignedShort();
        byte[] bytes = new byte[utflen];
        in.readFully(bytes, 0, utflen);
        return decodeUTF(bytes, utflen);
    }

    /** The string of the first `utflen` bytes of `b` in modified UTF-8, with the JDK's
     *  `UTFDataFormatException`s for malformed input. */
    static String decodeUTF(byte[] b, int utflen) throws UTFDataFormatException {
        char[] chars = new char[utflen];
        int count = 0, n = 0;
        while (count < utflen) {
            int c = b[count] & 0xff;
            switch (c >> 4) {
                case 0: case 1: case 2: case 3: case 4: case 5: case 6: case 7:
                    count++;
                    chars[n++] = (char) c;
                    break;
                case 12: case 13: {
                    count += 2;
                    if (count > utflen) throw new UTFDataFormatException("malformed input: partial character at end");
                    int c2 = b[count - 1];
                    if ((c2 & 0xC0) != 0x80) throw new UTFDataFormatException("malformed input around byte " + count);
                    chars[n++] = (char) (((c & 0x1F) << 6) | (c2 & 0x3F));
                    break;
                }
                case 14: {
                    count += 3;
                    if (count > utflen) throw new UTFDataFormatException("malformed input: partial character at end");
                    int c2 = b[count - 2], c3 = b[count - 1];
                    if (((c2 & 0xC0) != 0x80) || ((c3 & 0xC0) != 0x80)) {
                        throw new UTFDataFormatException("malformed input around byte " + (count - 1));
                    }
                    chars[n++] = (char) (((c & 0x0F) << 12) | ((c2 & 0x3F) << 6) | (c3 & 0x3F));
                    break;
                }
                default:
                    throw new UTFDataFormatException("malformed input around byte " + count);
            }
        }
        return new String(chars, 0, n);
    }
}
