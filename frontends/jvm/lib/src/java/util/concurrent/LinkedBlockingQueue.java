package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.Collection;

/** A FIFO queue with an optional capacity. `take` on an empty queue and `put` on a full one
 *  block the thread until another changes the queue (green threads, java/lang/Thread.java); the
 *  timed forms give up when their (virtual) time has passed. */
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
        while (size() >= capacity) Thread.rootWait(this, -1, "BlockingQueue.put()");
        super.offer(e);
    }
    public E take() throws InterruptedException {
        while (isEmpty()) Thread.rootWait(this, -1, "BlockingQueue.take()");
        return poll();
    }
    public boolean offer(E e, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = Thread.rootNow() + unit.toMillis(timeout);
        while (size() >= capacity && Thread.rootNow() < deadline) {
            Thread.rootWait(this, deadline - Thread.rootNow(), "BlockingQueue.offer()");
        }
        return offer(e);
    }
    public E poll(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = Thread.rootNow() + unit.toMillis(timeout);
        while (isEmpty() && Thread.rootNow() < deadline) {
            Thread.rootWait(this, deadline - Thread.rootNow(), "BlockingQueue.poll()");
        }
        return poll();
    }
    // Every change wakes the threads blocked in `put` / `take` (they look again).
    public void addFirst(E e) {
        super.addFirst(e);
        Thread.notifyAllOn(this);
    }
    public void addLast(E e) {
        super.addLast(e);
        Thread.notifyAllOn(this);
    }
    public E pollFirst() {
        E e = super.pollFirst();
        Thread.notifyAllOn(this);
        return e;
    }
    public E pollLast() {
        E e = super.pollLast();
        Thread.notifyAllOn(this);
        return e;
    }
    public void clear() {
        super.clear();
        Thread.notifyAllOn(this);
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
