package java.nio.file;

/** JDK 17's copy options: `REPLACE_EXISTING` is honoured, the others accepted. */
public enum StandardCopyOption implements CopyOption {
    REPLACE_EXISTING,
    COPY_ATTRIBUTES,
    ATOMIC_MOVE
}
