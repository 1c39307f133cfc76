package java.lang;

import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The stream methods of `String` and `StringBuilder` (`chars`, `codePoints`, `lines`), taking
 *  the receiver first like `RootString`'s, in their own class so that a program using strings
 *  does not drag the stream classes in (libcalls.rs). */
final class RootStreams {
    private RootStreams() {}

    private static int[] chars(String t, boolean codePoints) {
        int[] out = new int[t.length()];
        int n = 0;
        for (int i = 0; i < t.length(); ) {
            int c = codePoints ? t.codePointAt(i) : t.charAt(i);
            out[n++] = c;
            i += codePoints ? Character.charCount(c) : 1;
        }
        return java.util.Arrays.copyOf(out, n);
    }
    static IntStream chars(String s) { return IntStream.of(chars(s, false)); }
    static IntStream codePoints(String s) { return IntStream.of(chars(s, true)); }
    static IntStream chars(StringBuilder s) { return IntStream.of(chars(s.toString(), false)); }
    static IntStream codePoints(StringBuilder s) { return IntStream.of(chars(s.toString(), true)); }
    /** `CharSequence.chars()` / `codePoints()` of any receiver: a string's or a builder's, else
     *  from `length()` and `charAt()` (an override of `chars()` in the program is not called). */
    static IntStream chars(CharSequence s) { return IntStream.of(chars(text(s), false)); }
    static IntStream codePoints(CharSequence s) { return IntStream.of(chars(text(s), true)); }
    private static String text(CharSequence s) {
        if (s instanceof String || s instanceof StringBuilder) return String.valueOf((Object) s);
        char[] units = new char[s.length()];
        for (int i = 0; i < units.length; i++) units[i] = s.charAt(i);
        return new String(units);
    }
    /** `String.lines()`: the lines split at `\n`, `\r` or `\r\n`, without a last empty one. */
    static Stream<String> lines(String s) {
        return Stream.of(RootString.lineList(s).toArray(new String[0]));
    }
}
