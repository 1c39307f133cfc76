package java.lang;


/** java.lang.String's methods beyond the few the frontend translates inline: a call
 *  `s.name(args)` becomes `RootString.name(s, args)` (intrinsics.rs). */
final class RootString {
    private RootString() {}

    private static StringIndexOutOfBoundsException range(int begin, int end, int length) {
        return new StringIndexOutOfBoundsException("begin " + begin + ", end " + end + ", length " + length);
    }
    static String substring(String s, int begin) { return substring(s, begin, s.length()); }
    static String substring(String s, int begin, int end) {
        int n = s.length();
        if (begin < 0 || begin > end || end > n) throw range(begin, end, n);
        return RootNative.substring(s, begin, end);
    }
    static CharSequence subSequence(String s, int begin, int end) { return substring(s, begin, end); }
    static int indexOf(String s, int ch) { return indexOf(s, ch, 0); }
    static int indexOf(String s, int ch, int from) {
        for (int i = Math.max(from, 0); i < s.length(); i++) if (s.charAt(i) == ch) return i;
        return -1;
    }
    static int indexOf(String s, String t) { return indexOf(s, t, 0); }
    static int indexOf(String s, String t, int from) {
        int n = s.length(), m = t.length();
        for (int i = Math.max(from, 0); i + m <= n; i++) if (matchAt(s, i, t)) return i;
        return -1;
    }
    static int lastIndexOf(String s, int ch) {
        for (int i = s.length() - 1; i >= 0; i--) if (s.charAt(i) == ch) return i;
        return -1;
    }
    static int lastIndexOf(String s, String t) {
        for (int i = s.length() - t.length(); i >= 0; i--) if (matchAt(s, i, t)) return i;
        return -1;
    }
    private static boolean matchAt(String s, int at, String t) {
        if (at < 0 || at + t.length() > s.length()) return false;
        for (int j = 0; j < t.length(); j++) if (s.charAt(at + j) != t.charAt(j)) return false;
        return true;
    }
    static boolean contains(String s, CharSequence t) { return indexOf(s, String.valueOf(t)) >= 0; }
    static boolean startsWith(String s, String t) { return matchAt(s, 0, t); }
    static boolean startsWith(String s, String t, int at) { return matchAt(s, at, t); }
    static boolean endsWith(String s, String t) { return matchAt(s, s.length() - t.length(), t); }
    static String replace(String s, char a, char b) {
        if (a == b || indexOf(s, a) < 0) return s;
        char[] c = toCharArray(s);
        for (int i = 0; i < c.length; i++) if (c[i] == a) c[i] = b;
        return RootNative.ofChars(c, 0, c.length);
    }
    static String replace(String s, CharSequence target, CharSequence replacement) {
        String t = String.valueOf(target), r = String.valueOf(replacement);
        StringBuilder sb = new StringBuilder();
        int i = 0;
        if (t.length() == 0) {
            for (; i < s.length(); i++) sb.append(r).append(s.charAt(i));
            return sb.append(r).toString();
        }
        for (int j; (j = indexOf(s, t, i)) >= 0; i = j + t.length()) sb.append(substring(s, i, j)).append(r);
        return sb.append(substring(s, i)).toString();
    }
    static boolean isBlank(String s) { return strip(s).length() == 0; }
    static String trim(String s) {
        int b = 0, e = s.length();
        while (b < e && s.charAt(b) <= ' ') b++;
        while (e > b && s.charAt(e - 1) <= ' ') e--;
        return b == 0 && e == s.length() ? s : substring(s, b, e);
    }
    static String strip(String s) {
        int b = 0, e = s.length();
        while (b < e && Character.isWhitespace(s.charAt(b))) b++;
        while (e > b && Character.isWhitespace(s.charAt(e - 1))) e--;
        return substring(s, b, e);
    }
    static String stripLeading(String s) {
        int b = 0;
        while (b < s.length() && Character.isWhitespace(s.charAt(b))) b++;
        return substring(s, b);
    }
    static String stripTrailing(String s) {
        int e = s.length();
        while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) e--;
        return substring(s, 0, e);
    }
    static String toUpperCase(String s) {
        char[] c = toCharArray(s);
        for (int i = 0; i < c.length; i++) c[i] = Character.toUpperCase(c[i]);
        return RootNative.ofChars(c, 0, c.length);
    }
    static String toLowerCase(String s) {
        char[] c = toCharArray(s);
        for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(c[i]);
        return RootNative.ofChars(c, 0, c.length);
    }
    static char[] toCharArray(String s) {
        char[] c = new char[s.length()];
        for (int i = 0; i < c.length; i++) c[i] = s.charAt(i);
        return c;
    }
    static int compareTo(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i), y = b.charAt(i);
            if (x != y) return x - y;
        }
        return a.length() - b.length();
    }
    static int compareToIgnoreCase(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = Character.toLowerCase(Character.toUpperCase(a.charAt(i)));
            char y = Character.toLowerCase(Character.toUpperCase(b.charAt(i)));
            if (x != y) return x - y;
        }
        return a.length() - b.length();
    }
    static boolean equalsIgnoreCase(String a, String b) {
        return b != null && a.length() == b.length() && compareToIgnoreCase(a, b) == 0;
    }
    /** `Comparable.compareTo` on any receiver: strings here, other objects through the interface. */
    static int compareAny(Object a, Object b) {
        if (a instanceof String) return compareTo((String) a, (String) b);
        return ((Comparable<Object>) a).compareTo(b);
    }
    static String repeat(String s, int n) {
        if (n < 0) throw new IllegalArgumentException("count is negative: " + n);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append(s);
        return sb.toString();
    }
    static String valueOf(char[] c) { return RootNative.ofChars(c, 0, c.length); }
    static String copyValueOf(char[] c) { return RootNative.ofChars(c, 0, c.length); }
    static String valueOf(char[] c, int offset, int count) { return RootNative.ofChars(c, offset, count); }
    static String intern(String s) { return s; }
    static String strip0(String s) { return s; }
    static int codePointAt(String s, int i) { return s.charAt(i); }
    static String join(CharSequence sep, CharSequence... parts) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) sb.append(String.valueOf(sep));
            sb.append(String.valueOf(parts[i]));
        }
        return sb.toString();
    }
    static String join(CharSequence sep, Iterable<? extends CharSequence> parts) {
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (CharSequence p : parts) {
            if (!first) sb.append(String.valueOf(sep));
            sb.append(String.valueOf(p));
            first = false;
        }
        return sb.toString();
    }
    static java.util.Comparator<String> caseInsensitiveOrder() { return RootString::compareToIgnoreCase; }

    // StringBuilder's methods beyond append / toString / length / charAt: `sb.name(args)`
    // becomes `RootString.name(sb, args)`; the builder's text is replaced as a whole.
    private static StringBuilder set(StringBuilder sb, String value) {
        RootNative.setBuilder(sb, value);
        return sb;
    }
    private static void checkIndex(int index, int length) {
        if (index < 0 || index >= length) {
            throw new StringIndexOutOfBoundsException("index " + index + ",length " + length);
        }
    }
    static void setLength(StringBuilder sb, int n) {
        String s = sb.toString();
        if (n < 0) throw new StringIndexOutOfBoundsException("String index out of range: " + n);
        if (n <= s.length()) {
            set(sb, substring(s, 0, n));
        } else {
            StringBuilder pad = new StringBuilder(s);
            for (int i = s.length(); i < n; i++) pad.append('\0');
            set(sb, pad.toString());
        }
    }
    static StringBuilder reverse(StringBuilder sb) {
        char[] c = toCharArray(sb.toString());
        for (int i = 0, j = c.length - 1; i < j; i++, j--) {
            char t = c[i];
            c[i] = c[j];
            c[j] = t;
        }
        return set(sb, RootNative.ofChars(c, 0, c.length));
    }
    static int indexOf(StringBuilder sb, String t) { return indexOf(sb.toString(), t, 0); }
    static int indexOf(StringBuilder sb, String t, int from) { return indexOf(sb.toString(), t, from); }
    static int lastIndexOf(StringBuilder sb, String t) { return lastIndexOf(sb.toString(), t); }
    static boolean isEmpty(StringBuilder sb) { return sb.length() == 0; }
    static String substring(StringBuilder sb, int begin) { return substring(sb.toString(), begin); }
    static String substring(StringBuilder sb, int begin, int end) { return substring(sb.toString(), begin, end); }
    static void setCharAt(StringBuilder sb, int index, char c) {
        String s = sb.toString();
        checkIndex(index, s.length());
        set(sb, substring(s, 0, index) + c + substring(s, index + 1));
    }
    static StringBuilder deleteCharAt(StringBuilder sb, int index) {
        String s = sb.toString();
        checkIndex(index, s.length());
        return set(sb, substring(s, 0, index) + substring(s, index + 1));
    }
    static StringBuilder delete(StringBuilder sb, int start, int end) {
        String s = sb.toString();
        int n = s.length();
        if (end > n) end = n;
        if (start < 0 || start > end) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + n);
        }
        return set(sb, substring(s, 0, start) + substring(s, end));
    }
    static StringBuilder replace(StringBuilder sb, int start, int end, String str) {
        String s = sb.toString();
        int n = s.length();
        if (end > n) end = n;
        if (start < 0 || start > n || start > end) {
            throw new StringIndexOutOfBoundsException("start " + start + ", end " + end + ", length " + n);
        }
        return set(sb, substring(s, 0, start) + str + substring(s, end));
    }
    private static StringBuilder insertText(StringBuilder sb, int at, String text) {
        String s = sb.toString();
        if (at < 0 || at > s.length()) throw new StringIndexOutOfBoundsException("offset " + at + ", length " + s.length());
        return set(sb, substring(s, 0, at) + text + substring(s, at));
    }
    static StringBuilder insert(StringBuilder sb, int at, String v) { return insertText(sb, at, String.valueOf(v)); }
    static StringBuilder insert(StringBuilder sb, int at, char v) { return insertText(sb, at, String.valueOf(v)); }
    static StringBuilder insert(StringBuilder sb, int at, int v) { return insertText(sb, at, String.valueOf(v)); }
    static StringBuilder insert(StringBuilder sb, int at, long v) { return insertText(sb, at, String.valueOf(v)); }
    static StringBuilder insert(StringBuilder sb, int at, double v) { return insertText(sb, at, String.valueOf(v)); }
    static StringBuilder insert(StringBuilder sb, int at, boolean v) { return insertText(sb, at, String.valueOf(v)); }
    static StringBuilder insert(StringBuilder sb, int at, Object v) { return insertText(sb, at, String.valueOf(v)); }
    static int compareTo(StringBuilder a, StringBuilder b) { return compareTo(a.toString(), b.toString()); }
}
