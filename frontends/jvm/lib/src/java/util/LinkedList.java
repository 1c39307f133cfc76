package java.util;

public class LinkedList<E> extends AbstractList<E> implements java.io.Serializable, Deque<E> {
    private static final long serialVersionUID = 876323262645176354L;

    private transient Object[] list = new Object[10];
    private transient int size;

    public LinkedList() {}
    public LinkedList(Collection<? extends E> c) { addAll(c); }

    private void check(int index, int limit) {
        if (index < 0 || index >= limit) {
            throw new IndexOutOfBoundsException("Index: " + index + ", Size: " + size);
        }
    }
    public int size() { return size; }
    public E get(int index) {
        check(index, size);
        return (E) list[index];
    }
    public E set(int index, E e) {
        check(index, size);
        E old = (E) list[index];
        list[index] = e;
        return old;
    }
    public void add(int index, E e) {
        check(index, size + 1);
        modCount++;
        if (size == list.length) list = Arrays.copyOf(list, size * 2);
        System.arraycopy(list, index, list, index + 1, size - index);
        list[index] = e;
        size++;
    }
    public E remove(int index) {
        check(index, size);
        modCount++;
        E old = (E) list[index];
        System.arraycopy(list, index + 1, list, index, size - index - 1);
        list[--size] = null;
        return old;
    }
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) return false;
        remove(i);
        return true;
    }
    public void addFirst(E e) { add(0, e); }
    public void addLast(E e) { add(size, e); }
    public boolean offerFirst(E e) { addFirst(e); return true; }
    public boolean offerLast(E e) { addLast(e); return true; }
    public boolean offer(E e) { addLast(e); return true; }
    public void push(E e) { addFirst(e); }
    public E removeFirst() {
        if (size == 0) throw new NoSuchElementException();
        return remove(0);
    }
    public E removeLast() {
        if (size == 0) throw new NoSuchElementException();
        return remove(size - 1);
    }
    public E pollFirst() { return size == 0 ? null : remove(0); }
    public E pollLast() { return size == 0 ? null : remove(size - 1); }
    public E poll() { return pollFirst(); }
    public E pop() { return removeFirst(); }
    public E remove() { return removeFirst(); }
    public E getFirst() {
        if (size == 0) throw new NoSuchElementException();
        return get(0);
    }
    public E getLast() {
        if (size == 0) throw new NoSuchElementException();
        return get(size - 1);
    }
    public E element() { return getFirst(); }
    public E peekFirst() { return size == 0 ? null : get(0); }
    public E peekLast() { return size == 0 ? null : get(size - 1); }
    public E peek() { return peekFirst(); }
    public Iterator<E> descendingIterator() {
        return new IndexIterator<E>(size - 1, true) {
            E at(int index) { return get(index); }
            int count() { return size; }
            void removeAt(int index) { LinkedList.this.remove(index); }
        };
    }

    /** The JDK's stream form: the size, then the elements. */
    private void writeObject(java.io.ObjectOutputStream s) throws java.io.IOException {
        s.defaultWriteObject();
        s.writeInt(size);
        for (int i = 0; i < size; i++) s.writeObject(list[i]);
    }

    private void readObject(java.io.ObjectInputStream s) throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
        int n = s.readInt();
        list = new Object[10];
        size = 0;
        for (int i = 0; i < n; i++) add((E) s.readObject());
    }
}
