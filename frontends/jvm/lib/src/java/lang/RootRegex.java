package java.lang;

import java.util.regex.Pattern;

/** `String`'s regular-expression methods (`matches`, `replaceAll`, `replaceFirst`, `split`),
 *  taking the string first: the frontend redirects them here (libcalls.rs), apart from
 *  RootString so that only programs using them pull in java.util.regex. The last pattern is
 *  kept, so `line.split("\\s+")` in a loop compiles once; `split` at one literal character
 *  (`line.split(" ")`) does not use the regex engine, as in the JDK. */
final class RootRegex {
    private static String lastRegex;
    private static Pattern lastPattern;

    private static Pattern compile(String regex) {
        if (!regex.equals(lastRegex)) {
            lastPattern = Pattern.compile(regex);
            lastRegex = regex;
        }
        return lastPattern;
    }
    static boolean matches(String s, String regex) { return compile(regex).matcher(s).matches(); }
    static String replaceAll(String s, String regex, String replacement) { return compile(regex).matcher(s).replaceAll(replacement); }
    static String replaceFirst(String s, String regex, String replacement) { return compile(regex).matcher(s).replaceFirst(replacement); }
    static String[] split(String s, String regex) { return split(s, regex, 0); }
    static String[] split(String s, String regex, int limit) {
        int ch = literal(regex);
        return ch >= 0 ? splitAt(s, (char) ch, limit) : compile(regex).split(s, limit);
    }

    /** The character `regex` matches when it is one literal character, else -1: as the JDK's
     *  `String.split` fast path, a character with no meaning in a regex, or a backslash and
     *  one that is no ASCII letter or digit; never a surrogate. */
    private static int literal(String regex) {
        int ch;
        if (regex.length() == 1) {
            ch = regex.charAt(0);
            if (".$|()[{^?*+\\".indexOf(ch) >= 0) return -1;
        } else if (regex.length() == 2 && regex.charAt(0) == '\\') {
            ch = regex.charAt(1);
            if (ch >= '0' && ch <= '9' || ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z') return -1;
        } else {
            return -1;
        }
        return Character.isSurrogate((char) ch) ? -1 : ch;
    }

    /** `s.split(regex, limit)` for a `regex` that is the one character `ch`, without the regex
     *  engine: the same pieces as `Pattern.split` (at most `limit` when it is positive, the
     *  last one the rest; trailing empty ones dropped when it is 0). */
    private static String[] splitAt(String s, char ch, int limit) {
        int n = 1;
        for (int i = s.indexOf(ch); i >= 0 && (limit <= 0 || n < limit); i = s.indexOf(ch, i + 1)) n++;
        if (n == 1) return new String[] {s};
        String[] parts = new String[n];
        int off = 0;
        for (int k = 0; k < n - 1; k++) {
            int next = s.indexOf(ch, off);
            parts[k] = s.substring(off, next);
            off = next + 1;
        }
        parts[n - 1] = s.substring(off);
        int kept = n;
        if (limit == 0) {
            while (kept > 0 && parts[kept - 1].isEmpty()) kept--;
        }
        if (kept == n) return parts;
        String[] shorter = new String[kept];
        System.arraycopy(parts, 0, shorter, 0, kept);
        return shorter;
    }
}
