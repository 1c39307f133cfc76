package java.util.stream;

import java.util.Iterator;

/** What every stream has: `onClose`/`close`, `iterator`, and the parallelism switches (all
 *  streams here are sequential). */
public interface BaseStream<T, S extends BaseStream<T, S>> extends AutoCloseable {
    Iterator<T> iterator();
    S onClose(Runnable r);
    void close();
    default boolean isParallel() { return false; }
    default S parallel() { return (S) this; }
    default S sequential() { return (S) this; }
    default S unordered() { return (S) this; }
}
