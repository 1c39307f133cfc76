package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;

/** A FIFO queue (ArrayDeque: null elements refused, as in the JDK). */
public class ConcurrentLinkedQueue<E> extends ArrayDeque<E> {
    public ConcurrentLinkedQueue() { super(); }
    public ConcurrentLinkedQueue(Collection<? extends E> c) { super(c); }
}
