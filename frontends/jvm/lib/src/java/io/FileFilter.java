package java.io;

/** Which files `File.listFiles(FileFilter)` keeps. */
@FunctionalInterface
public interface FileFilter {
    boolean accept(File pathname);
}
