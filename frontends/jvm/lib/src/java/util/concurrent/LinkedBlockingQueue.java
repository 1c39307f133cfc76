package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;

/** A FIFO queue with an optional capacity. `take` on an empty queue and `put` on a full one run
 *  queued threads until they can go on (java/lang/Thread.java); the timed forms give up when
 *  no queued thread is left. */
public class LinkedBlockingQueue<E> extends ArrayDeque<E> implements BlockingQueue<E> {
    private final int capacity;

    public LinkedBlockingQueue() { this(Integer.MAX_VALUE); }
    public LinkedBlockingQueue(int capacity) {
        if (capacity <= 0) throw new IllegalArgumentException();
        this.capacity = capacity;
    }
    public LinkedBlockingQueue(Collection<? extends E> c) {
        this(Integer.MAX_VALUE);
        addAll(c);
    }
    public boolean offer(E e) {
        if (e == null) throw new NullPointerException();
        if (size() >= capacity) return false;
        return super.offer(e);
    }
    public boolean add(E e) {
        if (offer(e)) return true;
        throw new IllegalStateException("Queue full");
    }
    public void put(E e) throws InterruptedException {
        if (e == null) throw new NullPointerException();
        while (size() >= capacity) Thread.awaitOthers("BlockingQueue.put()");
        super.offer(e);
    }
    public E take() throws InterruptedException {
        while (isEmpty()) Thread.awaitOthers("BlockingQueue.take()");
        return poll();
    }
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        while (size() >= capacity && Thread.runQueuedThread()) {}
        return offer(e);
    }
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        while (isEmpty() && Thread.runQueuedThread()) {}
        return poll();
    }
    public int remainingCapacity() { return capacity - size(); }
    public int drainTo(Collection<? super E> c) {
        int n = 0;
        while (!isEmpty()) {
            c.add(poll());
            n++;
        }
        return n;
    }
}
