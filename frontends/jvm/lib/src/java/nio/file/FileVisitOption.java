package java.nio.file;

/** `Files.walk`'s options (accepted; links are followed within the sandbox). */
public enum FileVisitOption {
    FOLLOW_LINKS
}
