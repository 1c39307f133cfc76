package java.lang;

/** The runtime's `Throwable` (frontends/jvm/src/throwable.rs) in Java where Java is simpler:
 *  `StackTraceElement`s from the frames the VM resolved, the checked copy of `setStackTrace`,
 *  and the text `printStackTrace` prints, as JDK 17's `printStackTrace` and
 *  `printEnclosedStackTrace` build it (causes and suppressed exceptions with the frames in
 *  common with the enclosing trace elided as `... N more`, `[CIRCULAR REFERENCE: ...]`). */
final class RootTrace {
    private RootTrace() {}

    /** The elements of frames resolved by `std.java_frame_names` (module, class, method, file:
     *  four per frame) and `std.java_frame_lines`. */
    static StackTraceElement[] elements(String[] names, int[] lines) {
        StackTraceElement[] out = new StackTraceElement[lines.length];
        for (int i = 0; i < out.length; i++) {
            int k = 4 * i;
            out[i] = new StackTraceElement(null, names[k], null, names[k + 1], names[k + 2], names[k + 3], lines[i]);
        }
        return out;
    }

    /** `setStackTrace`'s copy of `trace`, with its null checks. */
    static StackTraceElement[] checkedCopy(StackTraceElement[] trace) {
        if (trace == null) {
            // HotSpot's helpful message for the JDK's `stackTrace.clone()`.
            throw new NullPointerException(
                "Cannot invoke \"[Ljava.lang.StackTraceElement;.clone()\" because \"stackTrace\" is null");
        }
        // Not `clone()`, whose cast to `StackTraceElement[]` needs the library's `Class`.
        StackTraceElement[] copy = new StackTraceElement[trace.length];
        for (int i = 0; i < copy.length; i++) {
            if (trace[i] == null) throw new NullPointerException("stackTrace[" + i + "]");
            copy[i] = trace[i];
        }
        return copy;
    }

    /** What `t.printStackTrace()` prints, each line ending in a newline. */
    static String text(Throwable t) {
        StringBuilder sb = new StringBuilder();
        Seen seen = new Seen();
        seen.add(t);
        sb.append(t).append('\n');
        StackTraceElement[] trace = t.getStackTrace();
        for (StackTraceElement e : trace) sb.append("\tat ").append(e).append('\n');
        rest(sb, t, trace, "", seen);
        return sb.toString();
    }

    /** What `t` prints enclosed in a trace `enclosing` (JDK's `printEnclosedStackTrace`), `t`
     *  being the first exception seen. */
    static String enclosedText(Throwable t, StackTraceElement[] enclosing, String caption, String prefix) {
        StringBuilder sb = new StringBuilder();
        enclosed(sb, t, enclosing, caption, prefix, new Seen());
        return sb.toString();
    }

    private static void enclosed(StringBuilder sb, Throwable t, StackTraceElement[] enclosing, String caption,
                                 String prefix, Seen seen) {
        if (seen.contains(t)) {
            sb.append(prefix).append(caption).append("[CIRCULAR REFERENCE: ").append(t).append("]\n");
            return;
        }
        seen.add(t);
        StackTraceElement[] trace = t.getStackTrace();
        int m = trace.length - 1;
        int n = enclosing.length - 1;
        while (m >= 0 && n >= 0 && trace[m].equals(enclosing[n])) {
            m--;
            n--;
        }
        int common = trace.length - 1 - m;
        sb.append(prefix).append(caption).append(t).append('\n');
        for (int i = 0; i <= m; i++) sb.append(prefix).append("\tat ").append(trace[i]).append('\n');
        if (common != 0) sb.append(prefix).append("\t... ").append(common).append(" more\n");
        rest(sb, t, trace, prefix, seen);
    }

    /** The suppressed exceptions and the cause of `t`, whose trace is `trace`. */
    private static void rest(StringBuilder sb, Throwable t, StackTraceElement[] trace, String prefix, Seen seen) {
        for (Throwable s : t.getSuppressed()) enclosed(sb, s, trace, "Suppressed: ", prefix + "\t", seen);
        Throwable cause = t.getCause();
        if (cause != null) enclosed(sb, cause, trace, "Caused by: ", prefix, seen);
    }

    /** The exceptions printed so far, by identity (JDK's `dejaVu` set). */
    private static final class Seen {
        private Throwable[] items = new Throwable[4];
        private int count;

        boolean contains(Throwable t) {
            for (int i = 0; i < count; i++) if (items[i] == t) return true;
            return false;
        }

        void add(Throwable t) {
            if (count == items.length) {
                Throwable[] bigger = new Throwable[2 * count];
                System.arraycopy(items, 0, bigger, 0, count);
                items = bigger;
            }
            items[count++] = t;
        }
    }
}
