package java.lang;

import java.io.IOException;

/**
 * JDK 17's `Appendable`. The runtime's `StringBuilder` is one: the frontend sends every interface
 * call of these methods to `RootString` (libcalls.rs), which appends to a `StringBuilder` itself
 * and calls the interface for the other classes (`PrintStream`, the writers, the program's).
 */
public interface Appendable {
    Appendable append(CharSequence csq) throws IOException;
    Appendable append(CharSequence csq, int start, int end) throws IOException;
    Appendable append(char c) throws IOException;
}
