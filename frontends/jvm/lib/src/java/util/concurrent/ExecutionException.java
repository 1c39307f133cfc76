package java.util.concurrent;

/** The exception a task threw, wrapped by `Future.get`; the message is the cause's
 *  `toString()`, as in the JDK. */
public class ExecutionException extends Exception {
    private final Throwable cause;
    public ExecutionException(Throwable cause) {
        super(cause == null ? null : cause.toString());
        this.cause = cause;
    }
    public ExecutionException(String message, Throwable cause) {
        super(message);
        this.cause = cause;
    }
    public Throwable getCause() { return cause; }
}
