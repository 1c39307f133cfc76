package java.io;

/** JDK 17's `DataOutputStream`: primitives big-endian, `writeUTF` in modified UTF-8 after its
 *  length in two bytes. */
public class DataOutputStream extends FilterOutputStream implements DataOutput {
    protected int written;

    public DataOutputStream(OutputStream out) { super(out); }

    private void incCount(int value) {
        int temp = written + value;
        written = temp < 0 ? Integer.MAX_VALUE : temp;
    }

    public void write(int b) throws IOException {
        out.write(b);
        incCount(1);
    }
    public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
        incCount(len);
    }
    public void flush() throws IOException { out.flush(); }
    public final void writeBoolean(boolean v) throws IOException { write(v ? 1 : 0); }
    public final void writeByte(int v) throws IOException { write(v); }
    public final void writeShort(int v) throws IOException {
        write((v >>> 8) & 0xFF);
        write(v & 0xFF);
    }
    public final void writeChar(int v) throws IOException { writeShort(v); }
    public final void writeInt(int v) throws IOException {
        write((v >>> 24) & 0xFF);
        write((v >>> 16) & 0xFF);
        write((v >>> 8) & 0xFF);
        write(v & 0xFF);
    }
    public final void writeLong(long v) throws IOException {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }
    public final void writeFloat(float v) throws IOException { writeInt(Float.floatToIntBits(v)); }
    public final void writeDouble(double v) throws IOException { writeLong(Double.doubleToLongBits(v)); }
    public final void writeBytes(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) write((byte) s.charAt(i));
    }
    public final void writeChars(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) writeChar(s.charAt(i));
    }
    public final void writeUTF(String str) throws IOException { writeUTF(str, this); }

    /** Writes `str`'s length and modified UTF-8 to `out`; returns the bytes written. */
    static int writeUTF(String str, DataOutput out) throws IOException {
        long utflen = utfLength(str);
        if (utflen > 65535) throw tooLong(str, utflen);
        byte[] bytes = new byte[(int) utflen + 2];
        bytes[0] = (byte) (utflen >>> 8);
        bytes[1] = (byte) utflen;
        utfBytes(str, bytes, 2);
        out.write(bytes, 0, bytes.length);
        return bytes.length;
    }

    /** The length of `s` in modified UTF-8 (U+0000 takes two bytes). */
    static long utfLength(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c >= 0x0001 && c <= 0x007F ? 1 : c <= 0x07FF ? 2 : 3;
        }
        return n;
    }

    /** Puts `s` in modified UTF-8 into `dst` from `at`; returns the index after it. */
    static int utfBytes(String s, byte[] dst, int at) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                dst[at++] = (byte) c;
            } else if (c <= 0x07FF) {
                dst[at++] = (byte) (0xC0 | ((c >> 6) & 0x1F));
                dst[at++] = (byte) (0x80 | (c & 0x3F));
            } else {
                dst[at++] = (byte) (0xE0 | ((c >> 12) & 0x0F));
                dst[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                dst[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        return at;
    }

    /** The JDK's `UTFDataFormatException` for a string over 65535 encoded bytes. */
    static UTFDataFormatException tooLong(String s, long bits) {
        String head = s.substring(0, 8);
        String tail = s.substring(s.length() - 8);
        return new UTFDataFormatException("encoded string (" + head + "..." + tail + ") too long: " + bits + " bytes");
    }

    public final int size() { return written; }
}
