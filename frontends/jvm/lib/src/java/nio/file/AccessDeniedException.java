package java.nio.file;

/** JDK 17's `AccessDeniedException`: its message is the file's name. */
public class AccessDeniedException extends FileSystemException {
    public AccessDeniedException(String file) { super(file); }
    public AccessDeniedException(String file, String other, String reason) { super(file, other, reason); }
}
