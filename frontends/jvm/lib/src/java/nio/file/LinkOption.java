package java.nio.file;

/** Whether symbolic links are followed (accepted; the sandbox resolves links itself). */
public enum LinkOption implements OpenOption, CopyOption {
    NOFOLLOW_LINKS
}
