package java.nio.charset;

/** The charsets rootvm encodes and decodes: UTF-8 (the default), ISO-8859-1 and US-ASCII, one
 *  instance each (as the JDK caches them), found by `forName` under their JDK aliases. Other
 *  legal names are unsupported here (the JDK knows more charsets). */
public class Charset implements Comparable<Charset> {
    private static final String[][] KNOWN = {
        {"UTF-8", "UTF8", "unicode-1-1-utf-8"},
        {"ISO-8859-1", "iso-ir-100", "ISO_8859-1", "latin1", "l1", "IBM819", "cp819", "csISOLatin1", "819",
            "IBM-819", "ISO8859_1", "ISO_8859-1:1987", "ISO_8859_1", "8859_1", "ISO8859-1"},
        {"US-ASCII", "iso-ir-6", "ANSI_X3.4-1986", "ISO_646.irv:1991", "ASCII", "iso_646.irv:1983",
            "ANSI_X3.4-1968", "646", "default", "cp367", "csASCII", "us", "IBM367", "ISO646-US", "ascii7"},
    };
    private static Charset[] cache;
    private final String name;

    protected Charset(String canonicalName, String[] aliases) {
        checkName(canonicalName);
        this.name = canonicalName;
    }

    static Charset known(int i) {
        if (cache == null) cache = new Charset[KNOWN.length];
        if (cache[i] == null) cache[i] = new Charset(KNOWN[i][0], null);
        return cache[i];
    }

    private static void checkName(String s) {
        int n = s.length();
        if (n == 0) throw new IllegalCharsetNameException(s);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || (i > 0 && (c == '-' || c == '+' || c == ':' || c == '_' || c == '.'));
            if (!ok) throw new IllegalCharsetNameException(s);
        }
    }

    private static int lookup(String name) {
        if (name == null) throw new IllegalArgumentException("Null charset name");
        for (int i = 0; i < KNOWN.length; i++) {
            for (String alias : KNOWN[i]) {
                if (alias.equalsIgnoreCase(name)) return i;
            }
        }
        checkName(name);
        return -1;
    }

    public static Charset forName(String charsetName) {
        int i = lookup(charsetName);
        if (i < 0) throw new UnsupportedCharsetException(charsetName);
        return known(i);
    }
    public static boolean isSupported(String charsetName) { return lookup(charsetName) >= 0; }
    public static Charset defaultCharset() { return known(0); }

    public final String name() { return name; }
    public String displayName() { return name; }
    public final boolean isRegistered() { return true; }
    public boolean canEncode() { return true; }
    public final String toString() { return name; }
    public final int hashCode() { return name.hashCode(); }
    public final boolean equals(Object ob) {
        return this == ob || (ob instanceof Charset && name.equals(((Charset) ob).name()));
    }
    public final int compareTo(Charset that) { return name.compareToIgnoreCase(that.name); }
}
