package java.nio.file;

import java.util.Iterator;
import java.util.List;

/** A `DirectoryStream` over entries already listed (sorted by name); iterable once. */
final class RootDirectoryStream implements DirectoryStream<Path> {
    private final List<Path> entries;
    private boolean iterated;
    private boolean closed;

    RootDirectoryStream(List<Path> entries) { this.entries = entries; }

    public Iterator<Path> iterator() {
        if (closed) throw new IllegalStateException("Directory stream is closed");
        if (iterated) throw new IllegalStateException("Iterator already obtained");
        iterated = true;
        return entries.iterator();
    }

    public void close() { closed = true; }
}
