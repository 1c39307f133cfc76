package java.nio.file.attribute;

/** A file attribute given when a file is created (accepted and not applied: the sandbox makes
 *  files with the process's default permissions). */
public interface FileAttribute<T> {
    String name();
    T value();
}
