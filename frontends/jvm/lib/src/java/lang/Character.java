package java.lang;

public final class Character implements java.io.Serializable, Comparable<Character> {
    /** `char.class` (read by the frontend as the primitive class, handles.rs; never assigned). */
    public static Class<Character> TYPE;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uffff';
    private static Character[] cache;
    private final char value;

    public Character(char value) { this.value = value; }
    public static Character valueOf(char c) {
        if (c <= 127) {
            if (cache == null) {
                Character[] k = new Character[128];
                for (int i = 0; i < 128; i++) k[i] = new Character((char) i);
                cache = k;
            }
            return cache[c];
        }
        return new Character(c);
    }
    public char charValue() { return value; }
    public String toString() { return String.valueOf(value); }
    public static String toString(char c) { return String.valueOf(c); }
    public static String toString(int codePoint) { return RootString.valueOfCodePoint(codePoint); }
    public int hashCode() { return value; }
    public static int hashCode(char c) { return c; }
    public boolean equals(Object o) { return o instanceof Character && ((Character) o).value == value; }
    public int compareTo(Character o) { return value - o.value; }
    public static int compare(char a, char b) { return a - b; }

    public static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
    public static boolean isLowerCase(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '\u00df' && c <= '\u00ff' && c != '\u00f7') || c == '\u00aa' || c == '\u00ba' || c == '\u00b5';
    }
    public static boolean isUpperCase(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= '\u00c0' && c <= '\u00de' && c != '\u00d7');
    }
    public static boolean isLetter(char c) {
        return isLowerCase(c) || isUpperCase(c) || (c > '\u00ff' && !isWhitespace(c) && !isSpaceChar(c));
    }
    public static boolean isAlphabetic(int c) { return isLetter((char) c); }
    public static boolean isLetterOrDigit(char c) { return isLetter(c) || isDigit(c); }
    public static boolean isSpaceChar(char c) { return c == ' ' || c == '\u00a0' || c == '\u2007' || c == '\u202f'; }
    public static boolean isWhitespace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001c' && c <= '\u001f');
    }
    public static char toUpperCase(char c) {
        if ((c >= 'a' && c <= 'z') || (c >= '\u00e0' && c <= '\u00fe' && c != '\u00f7')) return (char) (c - 32);
        if (c == '\u00ff') return '\u0178';
        if (c == '\u00b5') return '\u039c';
        return c;
    }
    public static char toLowerCase(char c) {
        if ((c >= 'A' && c <= 'Z') || (c >= '\u00c0' && c <= '\u00de' && c != '\u00d7')) return (char) (c + 32);
        return c;
    }
    public static int toUpperCase(int c) { return toUpperCase((char) c); }
    public static int toLowerCase(int c) { return toLowerCase((char) c); }
    public static int digit(char c, int radix) {
        int d = -1;
        if (c >= '0' && c <= '9') d = c - '0';
        else if (c >= 'a' && c <= 'z') d = c - 'a' + 10;
        else if (c >= 'A' && c <= 'Z') d = c - 'A' + 10;
        return d < radix ? d : -1;
    }
    public static int getNumericValue(char c) {
        int d = digit(c, 36);
        return d;
    }
    public static char forDigit(int digit, int radix) {
        if (digit < 0 || digit >= radix || radix < 2 || radix > 36) return '\0';
        return digit < 10 ? (char) ('0' + digit) : (char) ('a' - 10 + digit);
    }
    public static boolean isDigit(int c) { return isDigit((char) c); }
    public static boolean isLetter(int c) { return isLetter((char) c); }
    public static boolean isWhitespace(int c) { return isWhitespace((char) c); }
    public static boolean isUpperCase(int c) { return isUpperCase((char) c); }
    public static boolean isLowerCase(int c) { return isLowerCase((char) c); }
    public static boolean isLetterOrDigit(int c) { return isLetterOrDigit((char) c); }

    // Surrogate pairs (UTF-16), as in the JDK.
    public static boolean isHighSurrogate(char c) { return c >= '\uD800' && c <= '\uDBFF'; }
    public static boolean isLowSurrogate(char c) { return c >= '\uDC00' && c <= '\uDFFF'; }
    public static boolean isSurrogate(char c) { return c >= '\uD800' && c <= '\uDFFF'; }
    public static int toCodePoint(char high, char low) { return ((high << 10) + low) + (0x10000 - (0xD800 << 10) - 0xDC00); }
    public static char highSurrogate(int cp) { return (char) ((cp >>> 10) + (0xD800 - (0x10000 >>> 10))); }
    public static char lowSurrogate(int cp) { return (char) ((cp & 0x3FF) + 0xDC00); }
    public static boolean isSupplementaryCodePoint(int cp) { return cp >= 0x10000 && cp < 0x110000; }
    public static int charCount(int cp) { return cp >= 0x10000 ? 2 : 1; }
}
