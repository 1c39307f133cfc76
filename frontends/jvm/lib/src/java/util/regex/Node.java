package java.util.regex;

/** A node of a compiled pattern. Nodes are matched in continuation style: `match(m, i)` matches
 *  this node at index `i` and then the rest of the pattern (`next`), backtracking by returning
 *  false. Each alternative tried, loop iteration and quantifier length tried counts a step
 *  (`Matcher.step`), which bounds catastrophic backtracking. */
abstract class Node {
    Node next;
    abstract boolean match(Matcher m, int i);
}

/** Matches nothing itself: the start of an empty sequence, or where the alternatives of a
 *  branch join. */
final class Empty extends Node {
    boolean match(Matcher m, int i) { return next.match(m, i); }
}

/** The end of the whole pattern: records the match end (and, for `matches()`, requires the end
 *  of the region). */
final class Accept extends Node {
    boolean match(Matcher m, int i) {
        if (m.requireEnd && i != m.to) return false;
        m.last = i;
        return true;
    }
}

/** The end of a look-around or atomic group's body: records where the body ended. */
final class SubEnd extends Node {
    boolean match(Matcher m, int i) {
        if (m.lookBehindAt >= 0 && i != m.lookBehindAt) return false;
        m.subEnd = i;
        return true;
    }
}

/** A node matching one character. */
abstract class CharNode extends Node {
    abstract boolean is(int c);
    boolean match(Matcher m, int i) { return i < m.to && is(m.text.charAt(i)) && next.match(m, i + 1); }
}

/** One literal character (ASCII case folded under CASE_INSENSITIVE). */
final class Single extends CharNode {
    final int c;
    final boolean ci;
    Single(int c, boolean ci) {
        this.c = ci ? CharClass.lower(c) : c;
        this.ci = ci;
    }
    boolean is(int x) { return (ci ? CharClass.lower(x) : x) == c; }
}

/** `.`: any character but a line terminator (any at all under DOTALL). */
final class Dot extends CharNode {
    final boolean all;
    Dot(boolean all) { this.all = all; }
    boolean is(int c) { return all || !Anchor.isLineEnd(c); }
}

/** Alternatives; each ends in the same join node, whose `next` is the branch's continuation. */
final class Branch extends Node {
    final Node[] alts;
    Branch(Node[] alts) { this.alts = alts; }
    boolean match(Matcher m, int i) {
        for (Node alt : alts) {
            m.step();
            if (alt.match(m, i)) return true;
        }
        return false;
    }
}

/** The start of capturing group `k`: remembers where it started. */
final class GroupHead extends Node {
    final int k;
    GroupHead(int k) { this.k = k; }
    boolean match(Matcher m, int i) {
        int old = m.groupStart[k];
        m.groupStart[k] = i;
        if (next.match(m, i)) return true;
        m.groupStart[k] = old;
        return false;
    }
}

/** The end of capturing group `k`: sets its bounds, restored if the rest fails. */
final class GroupTail extends Node {
    final int k;
    GroupTail(int k) { this.k = k; }
    boolean match(Matcher m, int i) {
        int[] g = m.groups;
        int os = g[2 * k], oe = g[2 * k + 1];
        g[2 * k] = m.groupStart[k];
        g[2 * k + 1] = i;
        if (next.match(m, i)) return true;
        g[2 * k] = os;
        g[2 * k + 1] = oe;
        return false;
    }
}

/** `\n`: the text group `k` matched, again. */
final class BackRef extends Node {
    final int k;
    final boolean ci;
    BackRef(int k, boolean ci) {
        this.k = k;
        this.ci = ci;
    }
    boolean match(Matcher m, int i) {
        int s = m.groups[2 * k], e = m.groups[2 * k + 1];
        if (s < 0) return false;
        int n = e - s;
        if (i + n > m.to) return false;
        for (int j = 0; j < n; j++) {
            int a = m.text.charAt(s + j), b = m.text.charAt(i + j);
            if (ci ? CharClass.lower(a) != CharClass.lower(b) : a != b) return false;
        }
        return next.match(m, i + n);
    }
}

/** A quantifier over one character node, without recursion per repetition: greedy tries the
 *  longest run first, lazy the shortest, possessive only the longest. */
final class CharLoop extends Node {
    static final int GREEDY = 0, LAZY = 1, POSSESSIVE = 2;
    final CharNode atom;
    final int min, max, kind;
    CharLoop(CharNode atom, int min, int max, int kind) {
        this.atom = atom;
        this.min = min;
        this.max = max;
        this.kind = kind;
    }
    boolean match(Matcher m, int i) {
        String t = m.text;
        int n = 0;
        if (kind == LAZY) {
            while (n < min) {
                if (i + n >= m.to || !atom.is(t.charAt(i + n))) return false;
                n++;
            }
            while (true) {
                m.step();
                if (next.match(m, i + n)) return true;
                if (n >= max || i + n >= m.to || !atom.is(t.charAt(i + n))) return false;
                n++;
            }
        }
        while (n < max && i + n < m.to && atom.is(t.charAt(i + n))) n++;
        if (n < min) return false;
        if (kind == POSSESSIVE) return next.match(m, i + n);
        for (; n >= min; n--) {
            m.step();
            if (next.match(m, i + n)) return true;
        }
        return false;
    }
}

/** A quantifier over any sub-pattern: the body ends in a LoopTail that comes back here. The
 *  iteration count and start of the current iteration live in the matcher (per loop), saved
 *  and restored around each entry so that nested uses of the loop work. */
final class Loop extends Node {
    final int min, max, kind, id;
    Node body;
    Loop(int min, int max, int kind, int id) {
        this.min = min;
        this.max = max;
        this.kind = kind;
        this.id = id;
    }
    boolean match(Matcher m, int i) {
        int count = m.loopCount[id], pos = m.loopPos[id];
        m.loopCount[id] = 0;
        m.loopPos[id] = -1;
        boolean ok = iterate(m, i);
        m.loopCount[id] = count;
        m.loopPos[id] = pos;
        return ok;
    }
    /** After `loopCount` iterations, at `i`: another iteration or the continuation. */
    boolean iterate(Matcher m, int i) {
        m.step();
        int c = m.loopCount[id];
        if (c < min) return body(m, i);
        if (kind == CharLoop.LAZY) return next.match(m, i) || (c < max && body(m, i));
        return (c < max && body(m, i)) || next.match(m, i);
    }
    private boolean body(Matcher m, int i) {
        int c = m.loopCount[id], p = m.loopPos[id];
        m.loopCount[id] = c + 1;
        m.loopPos[id] = i;
        if (body.match(m, i)) return true;
        m.loopCount[id] = c;
        m.loopPos[id] = p;
        return false;
    }
}

/** The end of a loop's body. An iteration that matched nothing ends the loop (as in the JDK),
 *  so `(a*)*` cannot loop forever. */
final class LoopTail extends Node {
    final Loop loop;
    LoopTail(Loop loop) { this.loop = loop; }
    boolean match(Matcher m, int i) {
        if (i == m.loopPos[loop.id]) return loop.next.match(m, i);
        return loop.iterate(m, i);
    }
}

/** An atomic group `(?>X)` (and possessive quantifiers of sub-patterns): the body's first
 *  match is kept, never backtracked into. */
final class Atomic extends Node {
    final Node body;
    Atomic(Node body) { this.body = body; }
    boolean match(Matcher m, int i) {
        int[] saved = m.groups.clone();
        int behind = m.lookBehindAt;
        m.lookBehindAt = -1;
        boolean ok = body.match(m, i);
        m.lookBehindAt = behind;
        if (ok && next.match(m, m.subEnd)) return true;
        System.arraycopy(saved, 0, m.groups, 0, saved.length);
        return false;
    }
}

/** Look-ahead `(?=X)` / `(?!X)` and look-behind `(?<=X)` / `(?<!X)`. A look-behind tries every
 *  start before `i` whose match of X ends exactly at `i`. */
final class Look extends Node {
    final Node body;
    final boolean behind, negative;
    Look(Node body, boolean behind, boolean negative) {
        this.body = body;
        this.behind = behind;
        this.negative = negative;
    }
    boolean match(Matcher m, int i) {
        int[] saved = m.groups.clone();
        boolean found = behind ? behind(m, i) : ahead(m, i);
        if (negative) {
            System.arraycopy(saved, 0, m.groups, 0, saved.length);
            return !found && next.match(m, i);
        }
        if (found && next.match(m, i)) return true;
        System.arraycopy(saved, 0, m.groups, 0, saved.length);
        return false;
    }
    private boolean ahead(Matcher m, int i) {
        int old = m.lookBehindAt;
        m.lookBehindAt = -1;
        boolean ok = body.match(m, i);
        m.lookBehindAt = old;
        return ok;
    }
    private boolean behind(Matcher m, int i) {
        int old = m.lookBehindAt;
        m.lookBehindAt = i;
        boolean ok = false;
        for (int s = i; s >= m.from && !ok; s--) ok = body.match(m, s);
        m.lookBehindAt = old;
        return ok;
    }
}
