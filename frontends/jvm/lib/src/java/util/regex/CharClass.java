package java.util.regex;

import java.util.ArrayList;

/** A character class: ranges, nested classes (union), an optional intersection (`&&`), and
 *  negation. Predefined classes (`\d \w \s`, POSIX `\p{...}`) are ASCII, as in the JDK without
 *  UNICODE_CHARACTER_CLASS. Case-insensitive classes fold ASCII letters. */
final class CharClass extends CharNode {
    private int[] ranges = new int[8];
    private int n;
    private final ArrayList<CharNode> unions = new ArrayList<>();
    CharNode and;
    boolean negated;
    boolean ci;

    static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }
    static int upper(int c) { return c >= 'a' && c <= 'z' ? c - 32 : c; }

    void range(int lo, int hi) {
        if (n + 2 > ranges.length) ranges = java.util.Arrays.copyOf(ranges, ranges.length * 2);
        ranges[n++] = lo;
        ranges[n++] = hi;
    }
    void add(CharNode c) { unions.add(c); }

    boolean is(int c) {
        boolean r = has(c) || (ci && (has(lower(c)) || has(upper(c))));
        if (and != null) r = r && and.is(c);
        return r != negated;
    }
    private boolean has(int c) {
        for (int k = 0; k < n; k += 2) if (c >= ranges[k] && c <= ranges[k + 1]) return true;
        for (int k = 0; k < unions.size(); k++) if (unions.get(k).is(c)) return true;
        return false;
    }

    static CharClass of(String rangePairs, boolean negated) {
        CharClass cc = new CharClass();
        for (int k = 0; k < rangePairs.length(); k += 2) cc.range(rangePairs.charAt(k), rangePairs.charAt(k + 1));
        cc.negated = negated;
        return cc;
    }
    /** The class of `\d \D \w \W \s \S \h \H \v \V`, or null. */
    static CharClass predefined(char c) {
        switch (c) {
            case 'd': return of("09", false);
            case 'D': return of("09", true);
            case 'w': return of("azAZ09__", false);
            case 'W': return of("azAZ09__", true);
            case 's': return of("  \t\r", false);
            case 'S': return of("  \t\r", true);
            case 'h': return of("  \t\t\u00a0\u00a0\u1680\u1680\u180e\u180e\u2000\u200a\u202f\u202f\u205f\u205f\u3000\u3000", false);
            case 'H': return of("  \t\t\u00a0\u00a0\u1680\u1680\u180e\u180e\u2000\u200a\u202f\u202f\u205f\u205f\u3000\u3000", true);
            case 'v': return of("\n\r\u0085\u0085\u2028\u2029", false);
            case 'V': return of("\n\r\u0085\u0085\u2028\u2029", true);
            default: return null;
        }
    }
    /** The class of `\p{name}`, or null for a name not supported. */
    static CharNode property(String name) {
        String r;
        switch (name) {
            case "Lower": case "javaLowerCase": case "Ll": r = "az"; break;
            case "Upper": case "javaUpperCase": case "Lu": r = "AZ"; break;
            case "ASCII": r = "\u0000\u007f"; break;
            case "Alpha": r = "azAZ"; break;
            case "Digit": case "IsDigit": case "Nd": r = "09"; break;
            case "Alnum": r = "azAZ09"; break;
            case "Punct": case "P": case "IsPunctuation": r = "!/:@[`{~"; break;
            case "Graph": r = "!~"; break;
            case "Print": r = " ~"; break;
            case "Blank": r = "  \t\t"; break;
            case "Cntrl": r = "\u0000\u001f\u007f\u007f"; break;
            case "XDigit": r = "09afAF"; break;
            case "Space": case "javaWhitespace": case "IsWhite_Space": r = "  \t\r"; break;
            case "L": case "IsL": case "IsAlphabetic": case "IsLetter": case "javaLetter": case "Alphabetic": case "Letter":
                return new Letter();
            default: return null;
        }
        return of(r, false);
    }
}

/** `\p{L}`: a letter, as `Character.isLetter` says. */
final class Letter extends CharNode {
    boolean is(int c) { return Character.isLetter((char) c); }
}
