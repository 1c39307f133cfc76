package java.lang;

/** Thrown on the use of a class whose static initialiser failed before. */
public class NoClassDefFoundError extends LinkageError {
    public NoClassDefFoundError() { super(); }
    public NoClassDefFoundError(String s) { super(s); }
}
