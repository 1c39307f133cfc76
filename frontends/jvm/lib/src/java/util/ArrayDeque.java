package java.util;

public class ArrayDeque<E> extends AbstractCollection<E> implements Deque<E> {
    private Object[] a = new Object[16];
    private int head;
    private int size;

    public ArrayDeque() {}
    public ArrayDeque(int n) {}
    public ArrayDeque(Collection<? extends E> c) { addAll(c); }

    private void grow() {
        if (size < a.length) return;
        Object[] b = new Object[a.length * 2];
        for (int i = 0; i < size; i++) b[i] = a[(head + i) % a.length];
        a = b;
        head = 0;
    }
    private E at(int i) { return (E) a[(head + i) % a.length]; }
    public int size() { return size; }
    public void addFirst(E e) {
        if (e == null) throw new NullPointerException();
        grow();
        head = (head - 1 + a.length) % a.length;
        a[head] = e;
        size++;
    }
    public void addLast(E e) {
        if (e == null) throw new NullPointerException();
        grow();
        a[(head + size) % a.length] = e;
        size++;
    }
    public boolean offerFirst(E e) { addFirst(e); return true; }
    public boolean offerLast(E e) { addLast(e); return true; }
    public boolean add(E e) { addLast(e); return true; }
    public boolean offer(E e) { addLast(e); return true; }
    public void push(E e) { addFirst(e); }
    public E pollFirst() {
        if (size == 0) return null;
        E e = at(0);
        a[head] = null;
        head = (head + 1) % a.length;
        size--;
        return e;
    }
    public E pollLast() {
        if (size == 0) return null;
        int i = (head + size - 1) % a.length;
        E e = (E) a[i];
        a[i] = null;
        size--;
        return e;
    }
    public E removeFirst() {
        if (size == 0) throw new NoSuchElementException();
        return pollFirst();
    }
    public E removeLast() {
        if (size == 0) throw new NoSuchElementException();
        return pollLast();
    }
    public E poll() { return pollFirst(); }
    public E pop() { return removeFirst(); }
    public E remove() { return removeFirst(); }
    public E peekFirst() { return size == 0 ? null : at(0); }
    public E peekLast() { return size == 0 ? null : at(size - 1); }
    public E peek() { return peekFirst(); }
    public E getFirst() {
        if (size == 0) throw new NoSuchElementException();
        return at(0);
    }
    public E getLast() {
        if (size == 0) throw new NoSuchElementException();
        return at(size - 1);
    }
    public E element() { return getFirst(); }
    public void clear() {
        a = new Object[16];
        head = 0;
        size = 0;
    }
    private void removeAt(int i) {
        for (int k = i; k < size - 1; k++) a[(head + k) % a.length] = a[(head + k + 1) % a.length];
        a[(head + size - 1) % a.length] = null;
        size--;
    }
    public Iterator<E> iterator() { return new Itr(0, false); }
    public Iterator<E> descendingIterator() { return new Itr(size - 1, true); }

    private class Itr extends IndexIterator<E> {
        Itr(int start, boolean reverse) { super(start, reverse); }
        E at(int index) { return ArrayDeque.this.at(index); }
        int count() { return size; }
        void removeAt(int index) { ArrayDeque.this.removeAt(index); }
    }
}
