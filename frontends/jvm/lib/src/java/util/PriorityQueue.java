package java.util;

/** A binary heap with the JDK's sift-up / sift-down, so toString and iteration show the same
 *  array order as HotSpot's. */
public class PriorityQueue<E> extends AbstractCollection<E> implements Queue<E> {
    private Object[] queue;
    private int size;
    private final Comparator<? super E> comparator;

    public PriorityQueue() { this(11, null); }
    public PriorityQueue(int capacity) { this(capacity, null); }
    public PriorityQueue(Comparator<? super E> c) { this(11, c); }
    public PriorityQueue(int capacity, Comparator<? super E> c) {
        if (capacity < 1) throw new IllegalArgumentException();
        queue = new Object[capacity];
        comparator = c;
    }
    public PriorityQueue(Collection<? extends E> c) {
        comparator = null;
        queue = c.toArray();
        size = queue.length;
        if (queue.length == 0) queue = new Object[1];
        for (int i = (size >>> 1) - 1; i >= 0; i--) siftDown(i, (E) queue[i]);
    }

    private int cmp(Object a, Object b) {
        if (comparator != null) return comparator.compare((E) a, (E) b);
        return ((Comparable<Object>) a).compareTo(b);
    }
    public int size() { return size; }
    public Comparator<? super E> comparator() { return comparator; }
    public boolean add(E e) { return offer(e); }
    public boolean offer(E e) {
        if (e == null) throw new NullPointerException();
        if (size >= queue.length) {
            int old = queue.length;
            queue = Arrays.copyOf(queue, old + (old < 64 ? old + 2 : old >> 1));
        }
        siftUp(size, e);
        size++;
        return true;
    }
    public E peek() { return (E) (size == 0 ? null : queue[0]); }
    public E element() {
        if (size == 0) throw new NoSuchElementException();
        return (E) queue[0];
    }
    public E remove() {
        if (size == 0) throw new NoSuchElementException();
        return poll();
    }
    public E poll() {
        if (size == 0) return null;
        E result = (E) queue[0];
        int n = --size;
        E x = (E) queue[n];
        queue[n] = null;
        if (n > 0) siftDown(0, x);
        return result;
    }
    private void siftUp(int k, E x) {
        while (k > 0) {
            int parent = (k - 1) >>> 1;
            Object e = queue[parent];
            if (cmp(x, e) >= 0) break;
            queue[k] = e;
            k = parent;
        }
        queue[k] = x;
    }
    private void siftDown(int k, E x) {
        int half = size >>> 1;
        while (k < half) {
            int child = (k << 1) + 1;
            Object c = queue[child];
            int right = child + 1;
            if (right < size && cmp(c, queue[right]) > 0) c = queue[child = right];
            if (cmp(x, c) <= 0) break;
            queue[k] = c;
            k = child;
        }
        queue[k] = x;
    }
    private E removeAt(int i) {
        int s = --size;
        if (s == i) {
            queue[i] = null;
        } else {
            E moved = (E) queue[s];
            queue[s] = null;
            siftDown(i, moved);
            if (queue[i] == moved) {
                siftUp(i, moved);
                if (queue[i] != moved) return moved;
            }
        }
        return null;
    }
    public boolean remove(Object o) {
        for (int i = 0; i < size; i++) {
            if (Objects.equals(o, queue[i])) {
                removeAt(i);
                return true;
            }
        }
        return false;
    }
    public boolean contains(Object o) {
        for (int i = 0; i < size; i++) if (Objects.equals(o, queue[i])) return true;
        return false;
    }
    public void clear() {
        for (int i = 0; i < size; i++) queue[i] = null;
        size = 0;
    }
    public Object[] toArray() { return Arrays.copyOf(queue, size); }
    public Iterator<E> iterator() {
        return new Iterator<E>() {
            int cursor;
            public boolean hasNext() { return cursor < size; }
            public E next() {
                if (cursor >= size) throw new NoSuchElementException();
                return (E) queue[cursor++];
            }
        };
    }
}
