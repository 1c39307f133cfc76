package java.io;

/** Host functions (calls replaced by the frontend; not in the jar). */
final class RootIo {
    static String readLine() { return null; }
}
