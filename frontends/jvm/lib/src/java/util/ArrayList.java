package java.util;

public class ArrayList<E> extends AbstractList<E> implements java.io.Serializable {
    private static final long serialVersionUID = 8683452581122892189L;

    private transient Object[] data;
    private int size;

    public ArrayList() { data = new Object[10]; }
    public ArrayList(int capacity) {
        if (capacity < 0) throw new IllegalArgumentException("Illegal Capacity: " + capacity);
        data = new Object[Math.max(capacity, 1)];
    }
    public ArrayList(Collection<? extends E> c) {
        data = c.toArray();
        size = data.length;
        if (data.length == 0) data = new Object[1];
    }

    private void outOfBounds(int index) {
        throw new IndexOutOfBoundsException("Index " + index + " out of bounds for length " + size);
    }
    private void grow(int min) {
        if (min > data.length) {
            int n = Math.max(min, data.length + (data.length >> 1));
            Object[] a = new Object[n];
            System.arraycopy(data, 0, a, 0, size);
            data = a;
        }
    }
    public void ensureCapacity(int min) { grow(min); }
    public void trimToSize() {}
    public int size() { return size; }
    public boolean isEmpty() { return size == 0; }
    public E get(int index) {
        if (index < 0 || index >= size) outOfBounds(index);
        return (E) data[index];
    }
    public E set(int index, E e) {
        if (index < 0 || index >= size) outOfBounds(index);
        E old = (E) data[index];
        data[index] = e;
        return old;
    }
    public boolean add(E e) {
        modCount++;
        grow(size + 1);
        data[size++] = e;
        return true;
    }
    public void add(int index, E e) {
        if (index < 0 || index > size) outOfBounds(index);
        modCount++;
        grow(size + 1);
        System.arraycopy(data, index, data, index + 1, size - index);
        data[index] = e;
        size++;
    }
    public E remove(int index) {
        if (index < 0 || index >= size) outOfBounds(index);
        modCount++;
        E old = (E) data[index];
        System.arraycopy(data, index + 1, data, index, size - index - 1);
        data[--size] = null;
        return old;
    }
    public boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) return false;
        remove(i);
        return true;
    }
    public int indexOf(Object o) {
        for (int i = 0; i < size; i++) if (Objects.equals(o, data[i])) return i;
        return -1;
    }
    public boolean contains(Object o) { return indexOf(o) >= 0; }
    public void clear() {
        modCount++;
        for (int i = 0; i < size; i++) data[i] = null;
        size = 0;
    }
    public boolean addAll(Collection<? extends E> c) {
        Object[] a = c.toArray();
        modCount++;
        grow(size + a.length);
        System.arraycopy(a, 0, data, size, a.length);
        size += a.length;
        return a.length != 0;
    }
    public Object[] toArray() { return Arrays.copyOf(data, size); }
    public void sort(Comparator<? super E> c) {
        Arrays.sort((E[]) data, 0, size, c);
        modCount++;
    }

    /** The JDK's stream form: the field `size`, the capacity (written as the size, as the
     *  JDK's), then the elements. */
    private void writeObject(java.io.ObjectOutputStream s) throws java.io.IOException {
        s.defaultWriteObject();
        s.writeInt(size);
        for (int i = 0; i < size; i++) s.writeObject(data[i]);
    }

    private void readObject(java.io.ObjectInputStream s) throws java.io.IOException, ClassNotFoundException {
        s.defaultReadObject();
        s.readInt();
        int n = size;
        if (n < 0) throw new java.io.InvalidObjectException("Invalid size: " + n);
        data = new Object[Math.max(Math.min(n, 1 << 16), 1)];
        size = 0;
        for (int i = 0; i < n; i++) add((E) s.readObject());
    }
}
