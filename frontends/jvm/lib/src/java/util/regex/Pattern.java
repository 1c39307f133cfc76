package java.util.regex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.function.Predicate;

/** A compiled regular expression: a backtracking matcher over a graph of nodes (Node.java),
 *  with the JDK's syntax for what it supports: literals and escapes, classes (ranges, negation,
 *  nesting, `&&`, `\d \w \s \h \v`, a few `\p{...}`), `.`, anchors `^ $ \A \z \Z \b \B \G`,
 *  groups (capturing, named, non-capturing, atomic, look-ahead, look-behind), alternation,
 *  quantifiers `* + ? {n} {n,} {n,m}` greedy, lazy and possessive, back references (`\1`,
 *  `\k<name>`), `\Q...\E`, and the flags CASE_INSENSITIVE (ASCII), MULTILINE, DOTALL, COMMENTS
 *  and LITERAL (also inline: `(?i)`, `(?s:...)`). Characters are UTF-16 units. */
public final class Pattern {
    public static final int UNIX_LINES = 1, CASE_INSENSITIVE = 2, COMMENTS = 4, MULTILINE = 8, LITERAL = 16,
            DOTALL = 32, UNICODE_CASE = 64, CANON_EQ = 128, UNICODE_CHARACTER_CLASS = 256;
    private static final int INF = Integer.MAX_VALUE;

    private final String pattern;
    private final int flags;
    final Node root;
    int groupCount;
    int loops;
    final HashMap<String, Integer> names = new HashMap<>();
    // The parser's state.
    private int pos;
    private int cur;

    private Pattern(String regex, int flags) {
        this.pattern = regex;
        this.flags = flags;
        this.cur = flags;
        Node[] e;
        if ((flags & LITERAL) != 0) {
            e = quoted(regex);
        } else {
            e = expr();
            if (pos < regex.length()) throw error("Unmatched closing ')'", pos - 1);
        }
        e[1].next = new Accept();
        root = e[0];
    }

    public static Pattern compile(String regex) { return new Pattern(regex, 0); }
    public static Pattern compile(String regex, int flags) { return new Pattern(regex, flags); }
    public static boolean matches(String regex, CharSequence input) { return compile(regex).matcher(input).matches(); }
    public Matcher matcher(CharSequence input) { return new Matcher(this, String.valueOf(input)); }
    public String pattern() { return pattern; }
    public String toString() { return pattern; }
    public int flags() { return flags; }
    public Predicate<String> asPredicate() { return s -> matcher(s).find(); }
    public Predicate<String> asMatchPredicate() { return s -> matcher(s).matches(); }
    public String[] split(CharSequence input) { return split(input, 0); }

    /** The JDK's split: no empty leading string for a zero-width match at 0, trailing empty
     *  strings removed when `limit` is 0. */
    public String[] split(CharSequence input, int limit) {
        String s = String.valueOf(input);
        int index = 0;
        boolean limited = limit > 0;
        ArrayList<String> list = new ArrayList<>();
        Matcher m = matcher(s);
        while (m.find()) {
            if (!limited || list.size() < limit - 1) {
                if (index == 0 && index == m.start() && m.start() == m.end()) continue;
                list.add(s.substring(index, m.start()));
                index = m.end();
            } else if (list.size() == limit - 1) {
                list.add(s.substring(index));
                index = m.end();
            }
        }
        if (index == 0) return new String[] {s};
        if (!limited || list.size() < limit) list.add(s.substring(index));
        int n = list.size();
        if (limit == 0) while (n > 0 && list.get(n - 1).isEmpty()) n--;
        String[] out = new String[n];
        for (int k = 0; k < n; k++) out[k] = list.get(k);
        return out;
    }

    public static String quote(String s) {
        int e = s.indexOf("\\E");
        if (e == -1) return "\\Q" + s + "\\E";
        StringBuilder sb = new StringBuilder("\\Q");
        int cur = 0;
        while ((e = s.indexOf("\\E", cur)) != -1) {
            sb.append(s.substring(cur, e));
            cur = e + 2;
            sb.append("\\E\\\\E\\Q");
        }
        sb.append(s.substring(cur));
        return sb.append("\\E").toString();
    }

    // ---- the parser: each part gives {head, tail}; the caller links tail.next ----

    private PatternSyntaxException error(String desc, int index) { return new PatternSyntaxException(desc, pattern, index); }
    private boolean has(int flag) { return (cur & flag) != 0; }
    private int peek() {
        if (has(COMMENTS)) skipComments();
        return pos < pattern.length() ? pattern.charAt(pos) : -1;
    }
    private void skipComments() {
        while (pos < pattern.length()) {
            char c = pattern.charAt(pos);
            if (c == '#') {
                while (pos < pattern.length() && !Anchor.isLineEnd(pattern.charAt(pos))) pos++;
            } else if (Character.isWhitespace(c)) {
                pos++;
            } else {
                return;
            }
        }
    }
    private static Node[] one(Node n) { return new Node[] {n, n}; }

    private Node[] expr() {
        Node[] s = seq();
        if (peek() != '|') return s;
        ArrayList<Node> heads = new ArrayList<>();
        Empty join = new Empty();
        while (true) {
            s[1].next = join;
            heads.add(s[0]);
            if (peek() != '|') break;
            pos++;
            s = seq();
        }
        Node[] alts = new Node[heads.size()];
        for (int k = 0; k < alts.length; k++) alts[k] = heads.get(k);
        return new Node[] {new Branch(alts), join};
    }

    private Node[] seq() {
        Node head = null, tail = null;
        while (true) {
            int c = peek();
            if (c == -1 || c == '|' || c == ')') break;
            Node[] a = atom();
            if (a == null) continue;
            a = quantified(a);
            if (head == null) head = a[0];
            else tail.next = a[0];
            tail = a[1];
        }
        if (head == null) return one(new Empty());
        return new Node[] {head, tail};
    }

    private Node[] atom() {
        int at = pos;
        char c = pattern.charAt(pos++);
        switch (c) {
            case '(': return group();
            case '[': return one(charClass());
            case '.': return one(new Dot(has(DOTALL)));
            case '^': return one(new Anchor(Anchor.BEGIN, has(MULTILINE)));
            case '$': return one(new Anchor(Anchor.END, has(MULTILINE)));
            case '\\': return escape();
            case '*': case '+': case '?': throw error("Dangling meta character '" + c + "'", at);
            case '{': throw error("Illegal repetition", at + 1);
            default: return one(new Single(c, has(CASE_INSENSITIVE)));
        }
    }

    private Node[] quoted(String s) {
        Node head = null, tail = null;
        for (int k = 0; k < s.length(); k++) {
            Node n = new Single(s.charAt(k), has(CASE_INSENSITIVE));
            if (head == null) head = n;
            else tail.next = n;
            tail = n;
        }
        return head == null ? one(new Empty()) : new Node[] {head, tail};
    }

    private Node[] group() {
        int saved = cur;
        Node[] r;
        if (pos < pattern.length() && pattern.charAt(pos) == '?') {
            pos++;
            char c = pos < pattern.length() ? pattern.charAt(pos++) : ')';
            if (c == ':') {
                r = expr();
            } else if (c == '=' || c == '!') {
                r = one(new Look(sub(), false, c == '!'));
            } else if (c == '>') {
                r = one(new Atomic(sub()));
            } else if (c == '<' && pos < pattern.length() && (pattern.charAt(pos) == '=' || pattern.charAt(pos) == '!')) {
                boolean neg = pattern.charAt(pos++) == '!';
                r = one(new Look(sub(), true, neg));
            } else if (c == '<') {
                String name = name();
                if (names.containsKey(name)) throw error("Named capturing group <" + name + "> is already defined", pos - 1);
                names.put(name, groupCount + 1);
                r = capturing();
            } else {
                pos--;
                if (inlineFlags()) return null;
                r = expr();
            }
        } else {
            r = capturing();
        }
        if (pos >= pattern.length() || pattern.charAt(pos) != ')') throw error("Unclosed group", pattern.length());
        pos++;
        cur = saved;
        return r;
    }
    private Node[] capturing() {
        int k = ++groupCount;
        GroupHead head = new GroupHead(k);
        Node[] e = expr();
        head.next = e[0];
        GroupTail tail = new GroupTail(k);
        e[1].next = tail;
        return new Node[] {head, tail};
    }
    /** The body of a look-around or atomic group, ending in SubEnd. */
    private Node sub() {
        Node[] e = expr();
        e[1].next = new SubEnd();
        return e[0];
    }
    /** `(?idmsux-idmsux)` (true: the flags hold to the end of the enclosing group) or the start
     *  of `(?idmsux-idmsux:X)` (false). */
    private boolean inlineFlags() {
        boolean on = true;
        while (pos < pattern.length()) {
            char c = pattern.charAt(pos++);
            int f;
            switch (c) {
                case 'i': f = CASE_INSENSITIVE; break;
                case 'd': f = UNIX_LINES; break;
                case 'm': f = MULTILINE; break;
                case 's': f = DOTALL; break;
                case 'u': f = UNICODE_CASE; break;
                case 'x': f = COMMENTS; break;
                case 'U': f = UNICODE_CHARACTER_CLASS; break;
                case '-': on = false; continue;
                case ')': return true;
                case ':': return false;
                default: throw error("Unknown inline modifier", pos - 1);
            }
            cur = on ? cur | f : cur & ~f;
        }
        throw error("Unknown inline modifier", pos);
    }
    private String name() {
        int start = pos;
        while (pos < pattern.length() && Character.isLetterOrDigit(pattern.charAt(pos))) pos++;
        if (pos >= pattern.length() || pattern.charAt(pos) != '>' || pos == start) {
            throw error("named capturing group is missing trailing '>'", pos);
        }
        return pattern.substring(start, pos++);
    }

    private Node[] quantified(Node[] a) {
        int c = peek();
        int min, max;
        int at = pos;
        if (c == '*') { min = 0; max = INF; pos++; }
        else if (c == '+') { min = 1; max = INF; pos++; }
        else if (c == '?') { min = 0; max = 1; pos++; }
        else if (c == '{') {
            pos++;
            min = number();
            if (min < 0) throw error("Illegal repetition", at + 1);
            max = min;
            if (pos < pattern.length() && pattern.charAt(pos) == ',') {
                pos++;
                max = number();
                if (max < 0) max = INF;
            }
            if (pos >= pattern.length() || pattern.charAt(pos) != '}') throw error("Unclosed counted closure", pos);
            if (max < min) throw error("Illegal repetition range", pos);
            pos++;
        } else {
            return a;
        }
        int kind = CharLoop.GREEDY;
        if (pos < pattern.length() && pattern.charAt(pos) == '?') { kind = CharLoop.LAZY; pos++; }
        else if (pos < pattern.length() && pattern.charAt(pos) == '+') { kind = CharLoop.POSSESSIVE; pos++; }
        if (a[0] == a[1] && a[0] instanceof CharNode) return one(new CharLoop((CharNode) a[0], min, max, kind));
        Loop loop = new Loop(min, max, kind == CharLoop.LAZY ? kind : CharLoop.GREEDY, loops++);
        loop.body = a[0];
        a[1].next = new LoopTail(loop);
        if (kind != CharLoop.POSSESSIVE) return one(loop);
        loop.next = new SubEnd();
        return one(new Atomic(loop));
    }
    /** A decimal number, or -1 if there is none. */
    private int number() {
        int start = pos, n = 0;
        while (pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '9') {
            n = n * 10 + (pattern.charAt(pos++) - '0');
        }
        return pos == start ? -1 : n;
    }

    // ---- escapes and classes ----

    private Node[] escape() {
        if (pos >= pattern.length()) throw error("Unexpected internal error", pos);
        char c = pattern.charAt(pos++);
        boolean ml = has(MULTILINE);
        switch (c) {
            case 'b': return one(new Anchor(Anchor.WORD, ml));
            case 'B': return one(new Anchor(Anchor.NOT_WORD, ml));
            case 'A': return one(new Anchor(Anchor.INPUT_BEGIN, ml));
            case 'z': return one(new Anchor(Anchor.INPUT_END, ml));
            case 'Z': return one(new Anchor(Anchor.END_Z, ml));
            case 'G': return one(new Anchor(Anchor.LAST_END, ml));
            case 'Q': {
                int e = pattern.indexOf("\\E", pos);
                String q = pattern.substring(pos, e < 0 ? pattern.length() : e);
                pos = e < 0 ? pattern.length() : e + 2;
                return quoted(q);
            }
            case 'k': {
                if (pos >= pattern.length() || pattern.charAt(pos) != '<') throw error("\\k is not followed by '<' for named capturing group", pos);
                pos++;
                String name = name();
                Integer k = names.get(name);
                if (k == null) throw error("named capturing group <" + name + "> does not exist", pos - 1);
                return one(new BackRef(k, has(CASE_INSENSITIVE)));
            }
            default:
        }
        if (c >= '1' && c <= '9') {
            int k = c - '0';
            while (pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '9') {
                int more = k * 10 + (pattern.charAt(pos) - '0');
                if (more > groupCount) break;
                k = more;
                pos++;
            }
            return one(new BackRef(k, has(CASE_INSENSITIVE)));
        }
        CharNode cls = classEscape(c);
        if (cls != null) return one(cls);
        return one(new Single(escapedChar(c), has(CASE_INSENSITIVE)));
    }
    /** `\d`-like and `\p{..}` escapes (after the backslash and letter), or null. */
    private CharNode classEscape(char c) {
        CharClass pre = CharClass.predefined(c);
        if (pre != null) return pre;
        if (c != 'p' && c != 'P') return null;
        String name;
        if (pos < pattern.length() && pattern.charAt(pos) == '{') {
            int e = pattern.indexOf('}', pos);
            if (e < 0) throw error("Unclosed character family", pattern.length());
            name = pattern.substring(pos + 1, e);
            pos = e + 1;
        } else if (pos < pattern.length()) {
            name = pattern.substring(pos, pos + 1);
            pos++;
        } else {
            throw error("Illegal character family", pos);
        }
        if (name.startsWith("Is") && name.length() > 2 && CharClass.property(name) == null) name = name.substring(2);
        CharNode p = CharClass.property(name);
        if (p == null) throw error("Unknown character property name {" + name + "}", pos - 1);
        if (c == 'p') return p;
        CharClass not = new CharClass();
        not.add(p);
        not.negated = true;
        return not;
    }
    /** The character of `\c` for a non-class escape letter `c`. */
    private int escapedChar(char c) {
        switch (c) {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'a': return 7;
            case 'e': return 27;
            case '0': {
                int v = 0, k = 0;
                while (k < 3 && pos < pattern.length() && pattern.charAt(pos) >= '0' && pattern.charAt(pos) <= '7' && v * 8 < 256) {
                    v = v * 8 + (pattern.charAt(pos++) - '0');
                    k++;
                }
                if (k == 0) throw error("Illegal octal escape sequence", pos);
                return v;
            }
            case 'x': return hex(2);
            case 'u': return hex(4);
            case 'c':
                if (pos >= pattern.length()) throw error("Illegal control escape sequence", pos);
                return pattern.charAt(pos++) ^ 64;
            default:
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) throw error("Illegal/unsupported escape sequence", pos - 1);
                return c;
        }
    }
    private int hex(int digits) {
        int v = 0;
        for (int k = 0; k < digits; k++) {
            int d = pos < pattern.length() ? Character.digit(pattern.charAt(pos), 16) : -1;
            if (d < 0) throw error(digits == 2 ? "Illegal hexadecimal escape sequence" : "Illegal Unicode escape sequence", pos);
            v = v * 16 + d;
            pos++;
        }
        return v;
    }

    /** A class after its `[`: items, then `&&` intersections, up to `]`. */
    private CharClass charClass() {
        CharClass cc = newClass();
        if (pos < pattern.length() && pattern.charAt(pos) == '^') {
            pos++;
            cc.negated = true;
        }
        items(cc);
        CharClass last = cc;
        while (pos + 1 < pattern.length() && pattern.charAt(pos) == '&' && pattern.charAt(pos + 1) == '&') {
            pos += 2;
            CharClass right = newClass();
            items(right);
            last.and = right;
            last = right;
        }
        pos++;
        return cc;
    }
    private CharClass newClass() {
        CharClass cc = new CharClass();
        cc.ci = has(CASE_INSENSITIVE);
        return cc;
    }
    /** Ranges, single characters, escapes and nested classes, up to `]` or `&&`. */
    private void items(CharClass cc) {
        boolean first = true;
        while (true) {
            if (pos >= pattern.length()) throw error("Unclosed character class", pattern.length() - 1);
            char c = pattern.charAt(pos);
            if (c == ']' && !first) return;
            if (c == '&' && pos + 1 < pattern.length() && pattern.charAt(pos + 1) == '&') return;
            first = false;
            pos++;
            if (c == '[') {
                cc.add(charClass());
                continue;
            }
            int lo = c;
            if (c == '\\') {
                if (pos >= pattern.length()) throw error("Unclosed character class", pattern.length() - 1);
                char e = pattern.charAt(pos++);
                CharNode cls = classEscape(e);
                if (cls != null) {
                    cc.add(cls);
                    continue;
                }
                if (e == 'Q') {
                    int end = pattern.indexOf("\\E", pos);
                    int stop = end < 0 ? pattern.length() : end;
                    for (; pos < stop; pos++) cc.range(pattern.charAt(pos), pattern.charAt(pos));
                    pos = end < 0 ? stop : end + 2;
                    continue;
                }
                lo = escapedChar(e);
            }
            if (pos + 1 < pattern.length() && pattern.charAt(pos) == '-' && pattern.charAt(pos + 1) != ']') {
                pos++;
                int hi = pattern.charAt(pos++);
                if (hi == '\\') hi = escapedChar(pattern.charAt(pos++));
                if (hi < lo) throw error("Illegal character range", pos - 1);
                cc.range(lo, hi);
            } else {
                cc.range(lo, lo);
            }
        }
    }
}
