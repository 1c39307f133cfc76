package java.lang;

import java.util.regex.Pattern;

/** `String`'s regular-expression methods (`matches`, `replaceAll`, `replaceFirst`, `split`),
 *  taking the string first: the frontend redirects them here (libcalls.rs), apart from
 *  RootString so that only programs using them pull in java.util.regex. The last pattern is
 *  kept, so `line.split("\\s+")` in a loop compiles once. */
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
    static String[] split(String s, String regex) { return compile(regex).split(s, 0); }
    static String[] split(String s, String regex, int limit) { return compile(regex).split(s, limit); }
}
