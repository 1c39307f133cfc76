package java.lang;

/** Thrown by a class's static initialiser guard when the initialiser throws an exception. */
public class ExceptionInInitializerError extends LinkageError {
    public ExceptionInInitializerError() { super(); }
    public ExceptionInInitializerError(String s) { super(s); }
    public ExceptionInInitializerError(Throwable thrown) { super(null, thrown); }
    public Throwable getException() { return getCause(); }
}
