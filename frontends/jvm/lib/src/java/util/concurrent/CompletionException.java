package java.util.concurrent;

/** The exception a `CompletableFuture` stage failed with, as `join()` throws it. */
public class CompletionException extends RuntimeException {
    public CompletionException(String message) { super(message); }
    public CompletionException(String message, Throwable cause) { super(message, cause); }
    public CompletionException(Throwable cause) { super(cause == null ? null : cause.toString(), cause); }
}
