package java.lang;

/**
 * JDK 17's `CharSequence`. A VM string is one without being an object, so the frontend sends
 * every interface call of these methods to `RootString` (libcalls.rs), which answers strings and
 * `StringBuilder`s itself and calls the interface for the other classes.
 */
public interface CharSequence {
    int length();
    char charAt(int index);
    CharSequence subSequence(int start, int end);
    public String toString();
    default boolean isEmpty() { return this.length() == 0; }

    @SuppressWarnings("unchecked")
    public static int compare(CharSequence cs1, CharSequence cs2) {
        if (cs1 == cs2) return 0;
        for (int i = 0, len = Math.min(cs1.length(), cs2.length()); i < len; i++) {
            char a = cs1.charAt(i);
            char b = cs2.charAt(i);
            if (a != b) return a - b;
        }
        return cs1.length() - cs2.length();
    }
}
