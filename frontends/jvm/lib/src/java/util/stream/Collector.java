package java.util.stream;

import java.util.List;

/** What `Stream.collect` applies to the stream's elements (a simplified JDK interface). */
public interface Collector<T, A, R> {
    R collectAll(List<T> items);
}
