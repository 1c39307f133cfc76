package java.util.regex;

import java.util.function.Function;

/** Matches a Pattern against one text: `matches`, `lookingAt`, `find`, groups, replacement
 *  (`$n`, `${name}`, `\` escapes as in the JDK), regions. One search counts its backtracking
 *  steps and throws IllegalStateException past `STEP_LIMIT + STEPS_PER_CHAR * region length`,
 *  so a catastrophic pattern fails in seconds instead of running for hours (the JDK would run
 *  on), while searches that do linear work on long texts stay within the bound. */
public final class Matcher implements MatchResult {
    /** The steps one search may take, besides STEPS_PER_CHAR per character of the region. */
    static final long STEP_LIMIT = 1_000_000L;
    static final long STEPS_PER_CHAR = 100L;

    private final Pattern pattern;
    final String text;
    int from, to;
    int[] groups;
    final int[] groupStart;
    final int[] loopCount, loopPos;
    boolean requireEnd;
    int last, subEnd, lastEnd;
    int lookBehindAt = -1;
    private int first = -1, oldLast = -1, appendPos;
    private long steps, limit;

    Matcher(Pattern pattern, String text) {
        this.pattern = pattern;
        this.text = text;
        groups = new int[2 * pattern.groupCount + 2];
        groupStart = new int[pattern.groupCount + 1];
        loopCount = new int[pattern.loops];
        loopPos = new int[pattern.loops];
        reset();
    }

    void step() {
        if (++steps > limit) {
            throw new IllegalStateException("rootvm: the regular expression \"" + pattern + "\" took more than " + limit + " backtracking steps on one search");
        }
    }
    private void startSearch() {
        steps = 0;
        limit = STEP_LIMIT + STEPS_PER_CHAR * (to - from);
        clearGroups();
    }

    public Pattern pattern() { return pattern; }
    public Matcher reset() {
        first = -1;
        last = 0;
        oldLast = -1;
        appendPos = 0;
        from = 0;
        to = text.length();
        clearGroups();
        return this;
    }
    private void clearGroups() {
        for (int k = 0; k < groups.length; k++) groups[k] = -1;
    }
    public Matcher region(int start, int end) {
        if (start < 0 || start > text.length() || end < start || end > text.length()) throw new IndexOutOfBoundsException("start");
        reset();
        from = start;
        to = end;
        return this;
    }
    public int regionStart() { return from; }
    public int regionEnd() { return to; }

    public boolean matches() { return match(true); }
    public boolean lookingAt() { return match(false); }
    private boolean match(boolean whole) {
        startSearch();
        lastEnd = oldLast < 0 ? from : oldLast;
        requireEnd = whole;
        boolean ok = pattern.root.match(this, from);
        requireEnd = false;
        first = ok ? from : -1;
        if (ok) setGroup0();
        oldLast = last;
        return ok;
    }
    public boolean find() {
        int next = last;
        if (next == first) next++;
        if (next < from) next = from;
        if (next > to) {
            clearGroups();
            return false;
        }
        return search(next);
    }
    public boolean find(int start) {
        if (start < 0 || start > text.length()) throw new IndexOutOfBoundsException("Illegal start index");
        reset();
        return search(start);
    }
    private boolean search(int start) {
        startSearch();
        lastEnd = oldLast < 0 ? start : oldLast;
        first = -1;
        for (int i = start; i <= to; i++) {
            step();
            if (pattern.root.match(this, i)) {
                first = i;
                setGroup0();
                break;
            }
        }
        oldLast = last;
        return first >= 0;
    }
    private void setGroup0() {
        groups[0] = first;
        groups[1] = last;
    }

    private void checkMatch(String what) {
        if (first < 0) throw new IllegalStateException(what);
    }
    private void checkGroup(int g) {
        if (g < 0 || g > pattern.groupCount) throw new IndexOutOfBoundsException("No group " + g);
    }
    public int start() {
        checkMatch("No match available");
        return first;
    }
    public int start(int g) {
        checkMatch("No match available");
        checkGroup(g);
        return groups[2 * g];
    }
    public int start(String name) { return start(named(name)); }
    public int end() {
        checkMatch("No match available");
        return last;
    }
    public int end(int g) {
        checkMatch("No match available");
        checkGroup(g);
        return groups[2 * g + 1];
    }
    public int end(String name) { return end(named(name)); }
    public String group() { return group(0); }
    public String group(int g) {
        checkMatch("No match found");
        checkGroup(g);
        if (groups[2 * g] < 0) return null;
        return text.substring(groups[2 * g], groups[2 * g + 1]);
    }
    public String group(String name) { return group(named(name)); }
    private int named(String name) {
        Integer k = pattern.names.get(name);
        if (k == null) throw new IllegalArgumentException("No group with name <" + name + ">");
        return k;
    }
    public int groupCount() { return pattern.groupCount; }
    public boolean hitEnd() { return false; }

    public MatchResult toMatchResult() {
        Matcher r = new Matcher(pattern, text);
        r.groups = groups.clone();
        r.first = first;
        r.last = last;
        return r;
    }

    public String replaceAll(String replacement) {
        reset();
        if (!find()) return text;
        StringBuilder sb = new StringBuilder();
        do appendReplacement(sb, replacement); while (find());
        return appendTail(sb).toString();
    }
    public String replaceAll(Function<MatchResult, String> replacer) {
        reset();
        if (!find()) return text;
        StringBuilder sb = new StringBuilder();
        do appendReplacement(sb, replacer.apply(this)); while (find());
        return appendTail(sb).toString();
    }
    public String replaceFirst(String replacement) {
        reset();
        if (!find()) return text;
        StringBuilder sb = new StringBuilder();
        appendReplacement(sb, replacement);
        return appendTail(sb).toString();
    }
    public Matcher appendReplacement(StringBuilder sb, String replacement) {
        checkMatch("No match available");
        String expanded = expand(replacement);
        sb.append(text.substring(appendPos, first));
        sb.append(expanded);
        appendPos = last;
        return this;
    }
    public StringBuilder appendTail(StringBuilder sb) {
        sb.append(text.substring(appendPos));
        return sb;
    }
    public static String quoteReplacement(String s) {
        if (s.indexOf('\\') == -1 && s.indexOf('$') == -1) return s;
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '\\' || c == '$') sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    /** The replacement with `$n`, `${name}` and `\c` expanded, as the JDK does it. */
    private String expand(String r) {
        StringBuilder out = new StringBuilder();
        int k = 0, n = r.length();
        while (k < n) {
            char c = r.charAt(k++);
            if (c == '\\') {
                if (k == n) throw new IllegalArgumentException("character to be escaped is missing");
                out.append(r.charAt(k++));
            } else if (c == '$') {
                if (k == n) throw new IllegalArgumentException("Illegal group reference: group index is missing");
                int ref;
                if (r.charAt(k) == '{') {
                    int s = ++k;
                    while (k < n && isAsciiAlnum(r.charAt(k))) k++;
                    if (k == s) throw new IllegalArgumentException("named capturing group has 0 length name");
                    if (k == n || r.charAt(k) != '}') throw new IllegalArgumentException("named capturing group is missing trailing '}'");
                    String name = r.substring(s, k++);
                    if (Character.isDigit(name.charAt(0))) throw new IllegalArgumentException("capturing group name {" + name + "} starts with digit character");
                    Integer g = pattern.names.get(name);
                    if (g == null) throw new IllegalArgumentException("No group with name {" + name + "}");
                    ref = g;
                } else {
                    ref = r.charAt(k) - '0';
                    if (ref < 0 || ref > 9) throw new IllegalArgumentException("Illegal group reference");
                    k++;
                    while (k < n) {
                        int d = r.charAt(k) - '0';
                        if (d < 0 || d > 9 || ref * 10 + d > pattern.groupCount) break;
                        ref = ref * 10 + d;
                        k++;
                    }
                }
                if (start(ref) != -1 && end(ref) != -1) out.append(text.substring(start(ref), end(ref)));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
    private static boolean isAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

    public String toString() {
        return "java.util.regex.Matcher[pattern=" + pattern + " region=" + from + "," + to + " lastmatch=" + (first >= 0 && group() != null ? group() : "") + "]";
    }
}
