package java.util.regex;

/** Zero-width assertions: `^ $ \A \z \Z \b \B \G`. */
final class Anchor extends Node {
    static final int BEGIN = 0, END = 1, INPUT_BEGIN = 2, INPUT_END = 3, END_Z = 4, WORD = 5, NOT_WORD = 6, LAST_END = 7;
    final int kind;
    final boolean multiline;
    Anchor(int kind, boolean multiline) {
        this.kind = kind;
        this.multiline = multiline;
    }

    static boolean isLineEnd(int c) { return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029'; }
    private static boolean isWord(Matcher m, int i) {
        if (i < m.from || i >= m.to) return false;
        int c = m.text.charAt(i);
        return c == '_' || Character.isLetterOrDigit((char) c);
    }

    boolean match(Matcher m, int i) { return holds(m, i) && next.match(m, i); }

    private boolean holds(Matcher m, int i) {
        String t = m.text;
        switch (kind) {
            case BEGIN:
                if (i == m.from) return true;
                if (!multiline || i >= m.to) return false;
                int p = t.charAt(i - 1);
                return isLineEnd(p) && !(p == '\r' && t.charAt(i) == '\n');
            case END:
                if (!multiline) return endZ(m, i);
                if (i >= m.to) return true;
                int c = t.charAt(i);
                return isLineEnd(c) && !(c == '\n' && i > m.from && t.charAt(i - 1) == '\r');
            case INPUT_BEGIN: return i == m.from;
            case INPUT_END: return i == m.to;
            case END_Z: return endZ(m, i);
            case WORD: return isWord(m, i - 1) != isWord(m, i);
            case NOT_WORD: return isWord(m, i - 1) == isWord(m, i);
            default: return i == m.lastEnd;
        }
    }
    /** At the end, or before a line terminator that ends the input. */
    private static boolean endZ(Matcher m, int i) {
        String t = m.text;
        if (i == m.to) return true;
        if (i == m.to - 1) {
            int c = t.charAt(i);
            return isLineEnd(c) && !(c == '\n' && i > m.from && t.charAt(i - 1) == '\r');
        }
        return i == m.to - 2 && t.charAt(i) == '\r' && t.charAt(i + 1) == '\n';
    }
}
