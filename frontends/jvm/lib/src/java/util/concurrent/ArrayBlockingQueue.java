package java.util.concurrent;

/** A bounded LinkedBlockingQueue (the same behaviour for one thread at a time). */
public class ArrayBlockingQueue<E> extends LinkedBlockingQueue<E> {
    public ArrayBlockingQueue(int capacity) { super(capacity); }
    public ArrayBlockingQueue(int capacity, boolean fair) { super(capacity); }
}
