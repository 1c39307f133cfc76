package java.nio.file;

/** JDK 17's `NoSuchFileException`: its message is the file's name. */
public class NoSuchFileException extends FileSystemException {
    public NoSuchFileException(String file) { super(file); }
    public NoSuchFileException(String file, String other, String reason) { super(file, other, reason); }
}
