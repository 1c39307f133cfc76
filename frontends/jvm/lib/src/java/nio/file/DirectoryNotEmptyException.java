package java.nio.file;

/** JDK 17's `DirectoryNotEmptyException`: its message is the file's name. */
public class DirectoryNotEmptyException extends FileSystemException {
    public DirectoryNotEmptyException(String file) { super(file); }
}
