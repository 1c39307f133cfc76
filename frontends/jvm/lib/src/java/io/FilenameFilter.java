package java.io;

/** Which names `File.list(FilenameFilter)` keeps. */
@FunctionalInterface
public interface FilenameFilter {
    boolean accept(File dir, String name);
}
