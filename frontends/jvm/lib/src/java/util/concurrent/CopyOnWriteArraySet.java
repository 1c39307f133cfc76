package java.util.concurrent;

import java.util.Collection;
import java.util.LinkedHashSet;

/** A set in insertion order (the JDK's keeps an array in insertion order too). */
public class CopyOnWriteArraySet<E> extends LinkedHashSet<E> {
    public CopyOnWriteArraySet() { super(); }
    public CopyOnWriteArraySet(Collection<? extends E> c) {
        super();
        addAll(c);
    }
}
