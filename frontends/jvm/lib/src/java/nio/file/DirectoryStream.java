package java.nio.file;

import java.io.Closeable;
import java.io.IOException;

/** The entries of a directory (`Files.newDirectoryStream`), read when it is opened. */
public interface DirectoryStream<T> extends Closeable, Iterable<T> {
    /** Which entries a directory stream keeps. */
    @FunctionalInterface
    interface Filter<T> {
        boolean accept(T entry) throws IOException;
    }
}
