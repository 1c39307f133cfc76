package java.nio.file;

/** How a file is opened (`StandardOpenOption`, `LinkOption`). */
public interface OpenOption {}
