package java.lang;

/** A resource of a `try`-with-resources statement. */
public interface AutoCloseable {
    void close() throws Exception;
}
