package java.lang;

/**
 * JDK 17's `StringBuffer`: the runtime's `StringBuilder` behind `synchronized` methods (a
 * program without threads has no monitors: they cost nothing there). `chars()` and
 * `codePoints()` are there only as `CharSequence`'s (libcalls.rs), so that a program using a
 * `StringBuffer` does not carry the streams.
 */
public final class StringBuffer implements java.io.Serializable, Comparable<StringBuffer>, CharSequence, Appendable {
    private final StringBuilder sb;

    public StringBuffer() { sb = new StringBuilder(); }
    public StringBuffer(int capacity) {
        if (capacity < 0) throw new NegativeArraySizeException(String.valueOf(capacity));
        sb = new StringBuilder();
    }
    public StringBuffer(String str) { sb = new StringBuilder(str); }
    public StringBuffer(CharSequence seq) { sb = new StringBuilder(String.valueOf((Object) seq)); }

    public synchronized int compareTo(StringBuffer another) { return sb.compareTo(another.sb); }
    public synchronized int length() { return sb.length(); }
    public synchronized int capacity() { return sb.capacity(); }
    public synchronized void ensureCapacity(int minimumCapacity) {}
    public synchronized void trimToSize() {}
    public synchronized void setLength(int newLength) { sb.setLength(newLength); }
    public synchronized char charAt(int index) { return sb.charAt(index); }
    public synchronized int codePointAt(int index) { return sb.codePointAt(index); }
    public synchronized int codePointBefore(int index) { return sb.codePointBefore(index); }
    public synchronized int codePointCount(int beginIndex, int endIndex) { return sb.codePointCount(beginIndex, endIndex); }
    public synchronized int offsetByCodePoints(int index, int codePointOffset) {
        return sb.offsetByCodePoints(index, codePointOffset);
    }
    public synchronized void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {
        sb.getChars(srcBegin, srcEnd, dst, dstBegin);
    }
    public synchronized void setCharAt(int index, char ch) { sb.setCharAt(index, ch); }
    public synchronized StringBuffer append(Object obj) { sb.append(obj); return this; }
    public synchronized StringBuffer append(String str) { sb.append(str); return this; }
    public synchronized StringBuffer append(StringBuffer other) { sb.append((Object) other); return this; }
    public synchronized StringBuffer append(CharSequence s) { sb.append(s); return this; }
    public synchronized StringBuffer append(CharSequence s, int start, int end) { sb.append(s, start, end); return this; }
    public synchronized StringBuffer append(char[] str) { sb.append(str); return this; }
    public synchronized StringBuffer append(char[] str, int offset, int len) { sb.append(str, offset, len); return this; }
    public synchronized StringBuffer append(boolean b) { sb.append(b); return this; }
    public synchronized StringBuffer append(char c) { sb.append(c); return this; }
    public synchronized StringBuffer append(int i) { sb.append(i); return this; }
    public synchronized StringBuffer appendCodePoint(int codePoint) { sb.appendCodePoint(codePoint); return this; }
    public synchronized StringBuffer append(long lng) { sb.append(lng); return this; }
    public synchronized StringBuffer append(float f) { sb.append(f); return this; }
    public synchronized StringBuffer append(double d) { sb.append(d); return this; }
    public synchronized StringBuffer delete(int start, int end) { sb.delete(start, end); return this; }
    public synchronized StringBuffer deleteCharAt(int index) { sb.deleteCharAt(index); return this; }
    public synchronized StringBuffer replace(int start, int end, String str) { sb.replace(start, end, str); return this; }
    public synchronized String substring(int start) { return sb.substring(start); }
    public synchronized CharSequence subSequence(int start, int end) { return sb.subSequence(start, end); }
    public synchronized String substring(int start, int end) { return sb.substring(start, end); }
    public synchronized StringBuffer insert(int index, char[] str, int offset, int len) {
        sb.insert(index, str, offset, len);
        return this;
    }
    public synchronized StringBuffer insert(int offset, Object obj) { sb.insert(offset, String.valueOf(obj)); return this; }
    public synchronized StringBuffer insert(int offset, String str) { sb.insert(offset, str); return this; }
    public synchronized StringBuffer insert(int offset, char[] str) { sb.insert(offset, str); return this; }
    public synchronized StringBuffer insert(int dstOffset, CharSequence s) { sb.insert(dstOffset, s); return this; }
    public synchronized StringBuffer insert(int dstOffset, CharSequence s, int start, int end) {
        sb.insert(dstOffset, s, start, end);
        return this;
    }
    public StringBuffer insert(int offset, boolean b) { return insert(offset, String.valueOf(b)); }
    public synchronized StringBuffer insert(int offset, char c) { return insert(offset, String.valueOf(c)); }
    public StringBuffer insert(int offset, int i) { return insert(offset, String.valueOf(i)); }
    public StringBuffer insert(int offset, long l) { return insert(offset, String.valueOf(l)); }
    public StringBuffer insert(int offset, float f) { return insert(offset, String.valueOf(f)); }
    public StringBuffer insert(int offset, double d) { return insert(offset, String.valueOf(d)); }
    public int indexOf(String str) { return indexOf(str, 0); }
    public synchronized int indexOf(String str, int fromIndex) { return sb.indexOf(str, fromIndex); }
    public int lastIndexOf(String str) { return lastIndexOf(str, count()); }
    public synchronized int lastIndexOf(String str, int fromIndex) { return sb.lastIndexOf(str, fromIndex); }
    public synchronized StringBuffer reverse() { sb.reverse(); return this; }
    public synchronized String toString() { return sb.toString(); }

    private int count() { return sb.length(); }
}
