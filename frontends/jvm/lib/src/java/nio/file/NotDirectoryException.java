package java.nio.file;

/** JDK 17's `NotDirectoryException`: its message is the file's name. */
public class NotDirectoryException extends FileSystemException {
    public NotDirectoryException(String file) { super(file); }
}
