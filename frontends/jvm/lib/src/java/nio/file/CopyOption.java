package java.nio.file;

/** How a file is copied or moved (`StandardCopyOption`, `LinkOption`). */
public interface CopyOption {}
