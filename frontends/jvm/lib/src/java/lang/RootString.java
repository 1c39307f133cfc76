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
        if (a instanceof StringBuilder) return compareTo((StringBuilder) a, b);
        return ((Comparable<Object>) a).compareTo(b);
    }
    /** `String.indent`: each line shifted by `n` (removing at most -n leading whitespace
     *  characters), every line ended with `\n`. */
    static String indent(String s, int n) {
        if (s.isEmpty()) return "";
        StringBuilder out = new StringBuilder();
        for (String line : lineList(s)) {
            if (n > 0) {
                out.append(repeat(" ", n)).append(line);
            } else {
                int k = 0;
                while (k < -n && k < line.length() && Character.isWhitespace(line.charAt(k))) k++;
                out.append(line, k, line.length());
            }
            out.append('\n');
        }
        return out.toString();
    }
    /** The lines of `s` as `String.lines()` splits them: at `\n`, `\r` or `\r\n`, without a
     *  last empty one (also `RootStreams.lines`). */
    static java.util.ArrayList<String> lineList(String s) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int start = 0, n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(s.substring(start, i));
                if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < n) out.add(s.substring(start));
        return out;
    }
    private static int leadingWhitespace(String line) {
        int k = 0;
        while (k < line.length() && Character.isWhitespace(line.charAt(k))) k++;
        return k;
    }
    /** `String.stripIndent`: the common leading whitespace of the non-blank lines (and of the
     *  last line; none when `s` ends with a line break) removed, trailing whitespace stripped. */
    static String stripIndent(String s) {
        if (s.isEmpty()) return "";
        char last = s.charAt(s.length() - 1);
        boolean endsWithBreak = last == '\n' || last == '\r';
        java.util.ArrayList<String> lines = lineList(s);
        int outdent = Integer.MAX_VALUE;
        if (endsWithBreak) {
            outdent = 0;
        } else {
            for (String line : lines) {
                int lead = leadingWhitespace(line);
                if (lead != line.length()) outdent = Math.min(outdent, lead);
            }
            String lastLine = lines.get(lines.size() - 1);
            if (isBlank(lastLine)) outdent = Math.min(outdent, lastLine.length());
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0) out.append('\n');
            int lead = leadingWhitespace(line);
            if (lead == line.length()) continue;
            int end = line.length();
            while (Character.isWhitespace(line.charAt(end - 1))) end--;
            out.append(line, Math.min(outdent, lead), end);
        }
        if (endsWithBreak) out.append('\n');
        return out.toString();
    }
    /** `String.translateEscapes`: Java's escape sequences (octal too, and `\` before a line
     *  break continuing the line) replaced by the characters they stand for. */
    static String translateEscapes(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (++i >= s.length()) throw new IllegalArgumentException("Invalid escape sequence: \\");
            c = s.charAt(i);
            switch (c) {
                case 'b': out.append('\b'); break;
                case 'f': out.append('\f'); break;
                case 'n': out.append('\n'); break;
                case 'r': out.append('\r'); break;
                case 's': out.append(' '); break;
                case 't': out.append('\t'); break;
                case '\'': case '"': case '\\': out.append(c); break;
                case '\n': break;
                case '\r':
                    if (i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                    break;
                default: {
                    if (c < '0' || c > '7') {
                        String hex = Integer.toHexString(c).toUpperCase();
                        throw new IllegalArgumentException("Invalid escape sequence: \\" + c + " \\\\u" + repeat("0", 4 - hex.length()) + hex);
                    }
                    int limit = c <= '3' ? 2 : 1;
                    int code = c - '0';
                    while (limit-- > 0 && i + 1 < s.length() && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '7') {
                        code = code * 8 + (s.charAt(++i) - '0');
                    }
                    out.append((char) code);
                }
            }
        }
        return out.toString();
    }
    static Object transform(String s, java.util.function.Function<? super String, ?> f) { return f.apply(s); }

    // `CharSequence` and `Appendable` calls on any receiver (libcalls.rs): a string or the
    // runtime's `StringBuilder` here (neither has the interface methods in its class), another
    // class through the interface. The caller checked the receiver for null.
    static int length(CharSequence cs) {
        if (cs instanceof String) return ((String) cs).length();
        if (cs instanceof StringBuilder) return ((StringBuilder) cs).length();
        return cs.length();
    }
    static char charAt(CharSequence cs, int index) {
        if (cs instanceof String) return ((String) cs).charAt(index);
        if (cs instanceof StringBuilder) return ((StringBuilder) cs).charAt(index);
        return cs.charAt(index);
    }
    static CharSequence subSequence(CharSequence cs, int start, int end) {
        if (cs instanceof String) return ((String) cs).subSequence(start, end);
        if (cs instanceof StringBuilder) return ((StringBuilder) cs).subSequence(start, end);
        return cs.subSequence(start, end);
    }
    static String toString(CharSequence cs) {
        if (cs instanceof String || cs instanceof StringBuilder) return String.valueOf((Object) cs);
        return cs.toString();
    }
    static boolean isEmpty(CharSequence cs) {
        if (cs instanceof String || cs instanceof StringBuilder) return length(cs) == 0;
        return cs.isEmpty();
    }
    static Appendable append(Appendable a, CharSequence cs) throws java.io.IOException {
        if (a instanceof StringBuilder) return ((StringBuilder) a).append(cs);
        return a.append(cs);
    }
    static Appendable append(Appendable a, CharSequence cs, int start, int end) throws java.io.IOException {
        if (a instanceof StringBuilder) return ((StringBuilder) a).append(cs, start, end);
        return a.append(cs, start, end);
    }
    static Appendable append(Appendable a, char c) throws java.io.IOException {
        if (a instanceof StringBuilder) return ((StringBuilder) a).append(c);
        return a.append(c);
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
    static int codePointAt(String s, int i) {
        char hi = s.charAt(i);
        if (Character.isHighSurrogate(hi) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            return Character.toCodePoint(hi, s.charAt(i + 1));
        }
        return hi;
    }
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

    // More of String's public methods.
    static String toLowerCase(String s, java.util.Locale locale) { return toLowerCase(s); }
    static String toUpperCase(String s, java.util.Locale locale) { return toUpperCase(s); }
    static boolean regionMatches(String s, int at, String t, int from, int len) {
        return regionMatches(s, false, at, t, from, len);
    }
    static boolean regionMatches(String s, boolean ignoreCase, int at, String t, int from, int len) {
        if (from < 0 || at < 0 || at > (long) s.length() - len || from > (long) t.length() - len) return false;
        for (int i = 0; i < len; i++) {
            char a = s.charAt(at + i), b = t.charAt(from + i);
            if (a == b) continue;
            if (!ignoreCase) return false;
            char ua = Character.toUpperCase(a), ub = Character.toUpperCase(b);
            if (ua != ub && Character.toLowerCase(ua) != Character.toLowerCase(ub)) return false;
        }
        return true;
    }
    static void getChars(String s, int begin, int end, char[] dst, int at) {
        if (begin < 0 || begin > end || end > s.length()) throw range(begin, end, s.length());
        for (int i = begin; i < end; i++) dst[at + i - begin] = s.charAt(i);
    }
    static int lastIndexOf(String s, int ch, int from) {
        for (int i = Math.min(from, s.length() - 1); i >= 0; i--) if (s.charAt(i) == ch) return i;
        return -1;
    }
    static int lastIndexOf(String s, String t, int from) {
        for (int i = Math.min(from, s.length() - t.length()); i >= 0; i--) if (matchAt(s, i, t)) return i;
        return -1;
    }
    static int codePointBefore(String s, int i) {
        if (i < 1 || i > s.length()) throw new StringIndexOutOfBoundsException("index " + i + ", length " + s.length());
        char lo = s.charAt(i - 1);
        if (Character.isLowSurrogate(lo) && i > 1 && Character.isHighSurrogate(s.charAt(i - 2))) {
            return Character.toCodePoint(s.charAt(i - 2), lo);
        }
        return lo;
    }
    static int codePointCount(String s, int begin, int end) {
        if (begin < 0 || begin > end || end > s.length()) throw new IndexOutOfBoundsException();
        int n = end - begin;
        for (int i = begin; i < end - 1; i++) {
            if (Character.isHighSurrogate(s.charAt(i)) && Character.isLowSurrogate(s.charAt(i + 1))) {
                n--;
                i++;
            }
        }
        return n;
    }
    static int offsetByCodePoints(String s, int index, int offset) {
        if (index < 0 || index > s.length()) throw new IndexOutOfBoundsException();
        int i = index;
        for (; offset > 0; offset--) {
            if (i >= s.length()) throw new IndexOutOfBoundsException();
            i += Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1)) ? 2 : 1;
        }
        for (; offset < 0; offset++) {
            if (i <= 0) throw new IndexOutOfBoundsException();
            i -= Character.isLowSurrogate(s.charAt(i - 1)) && i > 1 && Character.isHighSurrogate(s.charAt(i - 2)) ? 2 : 1;
        }
        return i;
    }
    static boolean contentEquals(String s, CharSequence cs) { return s.equals(String.valueOf(cs)); }
    static boolean contentEquals(String s, StringBuffer sb) { return s.equals(sb.toString()); }
    static String copyValueOf(char[] c, int offset, int count) { return RootNative.ofChars(c, offset, count); }

    // Bytes: UTF-8 (the default charset), ISO-8859-1 and US-ASCII, with the JDK's
    // replacements ('?' for what a charset cannot encode, U+FFFD for each malformed byte).
    static byte[] getBytes(String s) { return encode(s, 0); }
    static byte[] getBytes(String s, String charset) { return encode(s, charset(charset)); }
    static String newString(byte[] b) { return decode(b, 0, b.length, 0); }
    static String newString(byte[] b, int offset, int length) { return decode(b, offset, length, 0); }
    static String newString(byte[] b, java.nio.charset.Charset cs) { return decode(b, 0, b.length, charset(String.valueOf((Object) cs))); }
    static String newString(byte[] b, String cs) { return decode(b, 0, b.length, charset(cs)); }
    static String newString(byte[] b, int offset, int length, java.nio.charset.Charset cs) {
        return decode(b, offset, length, charset(String.valueOf((Object) cs)));
    }
    static String newString(byte[] b, int offset, int length, String cs) { return decode(b, offset, length, charset(cs)); }
    static String newString(int[] codePoints, int offset, int count) {
        char[] out = new char[2 * count];
        int n = 0;
        for (int i = offset; i < offset + count; i++) n = putCodePoint(out, n, codePoints[i]);
        return RootNative.ofChars(out, 0, n);
    }
    private static int putCodePoint(char[] out, int n, int cp) {
        if (cp < 0x10000) {
            out[n] = (char) cp;
            return n + 1;
        }
        out[n] = Character.highSurrogate(cp);
        out[n + 1] = Character.lowSurrogate(cp);
        return n + 2;
    }
    static byte[] getBytes(String s, java.nio.charset.Charset cs) { return encode(s, charset(String.valueOf((Object) cs))); }
    /** 0 UTF-8, 1 ISO-8859-1, 2 US-ASCII. */
    private static int charset(String name) {
        String n = toUpperCase(name);
        if (n.equals("UTF-8") || n.equals("UTF8")) return 0;
        if (n.equals("ISO-8859-1") || n.equals("LATIN1") || n.equals("ISO8859_1")) return 1;
        if (n.equals("US-ASCII") || n.equals("ASCII")) return 2;
        throw new UnsupportedOperationException("rootvm does not model charset " + name);
    }
    private static byte[] encode(String s, int cs) {
        byte[] out = new byte[s.length() * (cs == 0 ? 3 : 1)];
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (cs != 0) {
                // A surrogate pair is one character the charset cannot encode: one '?'.
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) i++;
                out[n++] = (byte) (c < (cs == 1 ? 0x100 : 0x80) ? c : '?');
            } else if (c < 0x80) {
                out[n++] = (byte) c;
            } else if (c < 0x800) {
                out[n++] = (byte) (0xC0 | c >> 6);
                out[n++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, s.charAt(++i));
                out[n++] = (byte) (0xF0 | cp >> 18);
                out[n++] = (byte) (0x80 | cp >> 12 & 0x3F);
                out[n++] = (byte) (0x80 | cp >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(c)) {
                out[n++] = '?';
            } else {
                out[n++] = (byte) (0xE0 | c >> 12);
                out[n++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[n++] = (byte) (0x80 | c & 0x3F);
            }
        }
        byte[] exact = new byte[n];
        System.arraycopy(out, 0, exact, 0, n);
        return exact;
    }
    private static String decode(byte[] b, int offset, int length, int cs) {
        if (offset < 0 || length < 0 || offset > b.length - length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + length + ", length " + b.length);
        }
        char[] out = new char[length];
        int n = 0, end = offset + length;
        for (int i = offset; i < end; i++) {
            int c = b[i] & 0xFF;
            if (cs == 1 || c < 0x80) {
                out[n++] = (char) c;
                continue;
            }
            int extra = cs == 2 ? -1 : c >= 0xF0 && c < 0xF5 ? 3 : c >= 0xE0 && c < 0xF0 ? 2 : c >= 0xC2 && c < 0xE0 ? 1 : -1;
            int cp = extra < 0 || i + extra >= end ? -1 : c & (0x3F >> extra);
            for (int k = 1; cp >= 0 && k <= extra; k++) {
                int d = b[i + k] & 0xFF;
                cp = (d & 0xC0) != 0x80 ? -1 : cp << 6 | d & 0x3F;
            }
            if (cp < 0 || (extra == 2 && (cp < 0x800 || (cp >= 0xD800 && cp < 0xE000)))
                    || (extra == 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
                out[n++] = '\uFFFD';
                continue;
            }
            n = putCodePoint(out, n, cp);
            i += extra;
        }
        return RootNative.ofChars(out, 0, n);
    }

    // More of StringBuilder's methods.
    /** A pair is made from a char array: VM strings join surrogates only when built from units. */
    static StringBuilder appendCodePoint(StringBuilder sb, int cp) {
        if (cp < 0x10000) return sb.append((char) cp);
        char[] pair = {Character.highSurrogate(cp), Character.lowSurrogate(cp)};
        String s = sb.toString();
        char[] all = new char[s.length() + 2];
        getChars(s, 0, s.length(), all, 0);
        all[s.length()] = pair[0];
        all[s.length() + 1] = pair[1];
        return set(sb, RootNative.ofChars(all, 0, all.length));
    }
    static int codePointAt(StringBuilder sb, int i) { return codePointAt(sb.toString(), i); }
    static int codePointBefore(StringBuilder sb, int i) { return codePointBefore(sb.toString(), i); }
    static void getChars(StringBuilder sb, int begin, int end, char[] dst, int at) { getChars(sb.toString(), begin, end, dst, at); }
    static StringBuilder insert(StringBuilder sb, int at, char[] v) { return insertText(sb, at, RootNative.ofChars(v, 0, v.length)); }
    static CharSequence subSequence(StringBuilder sb, int begin, int end) { return substring(sb.toString(), begin, end); }
    static void ensureCapacity(StringBuilder sb, int n) {}
    static void trimToSize(StringBuilder sb) {}
    static int capacity(StringBuilder sb) { return sb.length() + 16; }
    static int offsetByCodePoints(StringBuilder sb, int index, int offset) { return offsetByCodePoints(sb.toString(), index, offset); }
    static int lastIndexOf(StringBuilder sb, String t, int from) { return lastIndexOf(sb.toString(), t, from); }
    static StringBuilder append(StringBuilder sb, char[] c) { return sb.append(RootNative.ofChars(c, 0, c.length)); }
    static StringBuilder append(StringBuilder sb, char[] c, int offset, int len) {
        if (offset < 0 || len < 0 || offset > c.length - len) {
            throw new IndexOutOfBoundsException("offset " + offset + ", count " + len + ", length " + c.length);
        }
        return sb.append(RootNative.ofChars(c, offset, len));
    }
    static StringBuilder append(StringBuilder sb, CharSequence cs, int start, int end) {
        String s = String.valueOf(cs);
        if (start < 0 || start > end || end > s.length()) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        }
        return sb.append(substring(s, start, end));
    }
    /** The deprecated `new String(byte[] ascii, int hibyte, ...)`: each char is hibyte:byte. */
    static String newString(byte[] ascii, int hibyte) { return newString(ascii, hibyte, 0, ascii.length); }
    static String newString(byte[] ascii, int hibyte, int offset, int count) {
        if (offset < 0 || count < 0 || offset > ascii.length - count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + ascii.length);
        }
        char[] out = new char[count];
        for (int i = 0; i < count; i++) out[i] = (char) (((hibyte & 0xFF) << 8) | (ascii[offset + i] & 0xFF));
        return RootNative.ofChars(out, 0, count);
    }
    static StringBuilder insert(StringBuilder sb, int at, char[] c, int offset, int len) {
        if (offset < 0 || len < 0 || offset > c.length - len) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", len " + len + ", str.length " + c.length);
        }
        return insertText(sb, at, RootNative.ofChars(c, offset, len));
    }
    static StringBuilder insert(StringBuilder sb, int at, CharSequence cs) { return insertText(sb, at, String.valueOf(cs)); }
    static StringBuilder insert(StringBuilder sb, int at, CharSequence cs, int start, int end) {
        String s = String.valueOf(cs);
        if (start < 0 || start > end || end > s.length()) {
            throw new IndexOutOfBoundsException("start " + start + ", end " + end + ", length " + s.length());
        }
        return insertText(sb, at, substring(s, start, end));
    }
    static StringBuilder insert(StringBuilder sb, int at, float v) { return insertText(sb, at, String.valueOf(v)); }
    static int codePointCount(StringBuilder sb, int begin, int end) { return codePointCount(sb.toString(), begin, end); }

    // String's internals, over a VM string seen as JDK 17 sees every string without compact
    // strings (-XX:-CompactStrings): its coder is UTF16 and its bytes are its UTF-16 units,
    // low byte first (a little-endian machine's StringUTF16).
    static byte coder(String s) { return 1; }
    static boolean isLatin1(String s) { return false; }
    static String newString(byte[] value, byte coder) {
        int n = coder == 0 ? value.length : value.length >> 1;
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = coder == 0 ? (char) (value[i] & 0xff) : (char) ((value[2 * i] & 0xff) | (value[2 * i + 1] & 0xff) << 8);
        }
        return RootNative.ofChars(c, 0, n);
    }
    /** Copies {@code s} into {@code dst} from unit {@code dstBegin} in the coder's encoding. */
    static void getBytes(String s, byte[] dst, int dstBegin, byte coder) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (coder == 0) {
                dst[dstBegin + i] = (byte) c;
            } else {
                dst[2 * (dstBegin + i)] = (byte) c;
                dst[2 * (dstBegin + i) + 1] = (byte) (c >> 8);
            }
        }
    }
    static void getBytes(String s, int srcBegin, int srcEnd, byte[] dst, int dstBegin) {
        checkBoundsBeginEnd(srcBegin, srcEnd, s.length());
        checkBoundsOffCount(dstBegin, srcEnd - srcBegin, dst.length);
        for (int i = srcBegin; i < srcEnd; i++) dst[dstBegin++] = (byte) s.charAt(i);
    }
    static void checkOffset(int offset, int length) {
        if (offset < 0 || offset > length) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", length " + length);
        }
    }
    static void checkBoundsOffCount(int offset, int count, int length) {
        if (offset < 0 || count < 0 || offset > length - count) {
            throw new StringIndexOutOfBoundsException("offset " + offset + ", count " + count + ", length " + length);
        }
    }
    static void checkBoundsBeginEnd(int begin, int end, int length) {
        if (begin < 0 || begin > end || end > length) throw range(begin, end, length);
    }
    static int indexOfNonWhitespace(String s) {
        int i = 0;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }
    static boolean isNotContinuation(int b) { return (b & 0xc0) != 0x80; }
    static String join(String prefix, String suffix, String delimiter, String[] elements, int size) {
        StringBuilder sb = new StringBuilder(prefix);
        for (int i = 0; i < size; i++) {
            if (i > 0) sb.append(delimiter);
            sb.append(elements[i]);
        }
        return sb.append(suffix).toString();
    }
    /** The string's bytes in its coder (UTF16): its UTF-16 units, low byte first (a copy). */
    static byte[] value(String s) {
        byte[] b = new byte[s.length() * 2];
        getBytes(s, b, 0, (byte) 1);
        return b;
    }
    /** `getBytes(dst, srcPos, dstBegin, coder, length)`: `length` units of {@code s} from
     *  {@code srcPos} into {@code dst} from unit {@code dstBegin} in the coder's encoding. */
    static void getBytes(String s, byte[] dst, int srcPos, int dstBegin, byte coder, int length) {
        getBytes(substring(s, srcPos, srcPos + length), dst, dstBegin, coder);
    }
    /** The first {@code count} units of bytes {@code value} in coder {@code coder}. */
    private static String units(byte[] value, byte coder, int count) {
        byte[] head = new byte[coder == 0 ? count : 2 * count];
        System.arraycopy(value, 0, head, 0, head.length);
        return newString(head, coder);
    }
    /** `String.indexOf(byte[] src, byte srcCoder, int srcCount, String tgt, int from)`. */
    static int indexOf(byte[] src, byte srcCoder, int srcCount, String tgt, int from) {
        return indexOf(units(src, srcCoder, srcCount), tgt, from);
    }
    /** `String.lastIndexOf(byte[] src, byte srcCoder, int srcCount, String tgt, int from)`. */
    static int lastIndexOf(byte[] src, byte srcCoder, int srcCount, String tgt, int from) {
        return lastIndexOf(units(src, srcCoder, srcCount), tgt, from);
    }
    /** `String.valueOfCodePoint` (`Character.toString(int)`). */
    static String valueOfCodePoint(int cp) {
        if (cp < 0 || cp > 0x10ffff) {
            throw new IllegalArgumentException("Not a valid Unicode code point: 0x" + Integer.toHexString(cp).toUpperCase());
        }
        char[] out = new char[2];
        return RootNative.ofChars(out, 0, putCodePoint(out, 0, cp));
    }
    static int lastIndexOfNonWhitespace(String s) {
        int i = s.length();
        while (i > 0 && Character.isWhitespace(s.charAt(i - 1))) i--;
        return i;
    }
    /** The `compareTo(Object)` bridge of `StringBuilder`. */
    static int compareTo(StringBuilder a, Object b) { return compareTo(a, (StringBuilder) b); }
    /** `resolveConstantDesc(lookup)`: a string is its own constant. */
    static String resolveConstantDesc(String s, java.lang.invoke.MethodHandles.Lookup lookup) { return s; }
    /** The JDK's private `nonSyncContentEquals(sb)` of `contentEquals(CharSequence)`. */
    static boolean nonSyncContentEquals(String s, AbstractStringBuilder sb) { return s.equals(String.valueOf((Object) sb)); }

    /** `StringBuilder.writeObject` (the JDK's private serialization hook, docs/jvm.md,
     *  "Serialization"): the count, then the characters (the JDK's array is as long as the
     *  builder's capacity, which the runtime's builder does not have: here, its length). */
    public static void writeObject(StringBuilder sb, java.io.ObjectOutputStream s) throws java.io.IOException {
        s.defaultWriteObject();
        s.writeInt(sb.length());
        s.writeObject(sb.toString().toCharArray());
    }

    /** `StringBuilder.readObject`: the characters the stream holds, up to its count. */
    public static void readObject(StringBuilder sb, java.io.ObjectInputStream s)
            throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
        int count = s.readInt();
        char[] val = (char[]) s.readObject();
        if (count < 0 || count > val.length) throw new java.io.StreamCorruptedException("count value invalid");
        sb.setLength(0);
        sb.append(val, 0, count);
    }
}
