package java.nio.file;

/** A path string that cannot be a path (here: one with a NUL character). */
public class InvalidPathException extends IllegalArgumentException {
    private final String input;
    private final String reason;

    public InvalidPathException(String input, String reason) {
        super(reason);
        this.input = input;
        this.reason = reason;
    }

    public String getInput() { return input; }
    public String getReason() { return reason; }
    public String getMessage() { return reason + ": " + input; }
}
