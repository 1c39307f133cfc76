package lib;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/** A library class that uses classes outside the jar (normal in a library). */
public class Files {
    public static long size(String name) throws IOException {
        return FileChannel.open(Path.of(name)).size();
    }

    public static int twice(int x) {
        return 2 * x;
    }
}
