package java.util;

public class LinkedHashMap<K, V> extends HashMap<K, V> {
    private static final long serialVersionUID = 3801124242820219131L;

    private transient Node<K, V> head;
    private transient Node<K, V> tail;
    private final boolean accessOrder;

    public LinkedHashMap() { accessOrder = false; }
    public LinkedHashMap(int initialCapacity) {
        super(initialCapacity);
        accessOrder = false;
    }
    public LinkedHashMap(int initialCapacity, float loadFactor, boolean accessOrder) {
        super(initialCapacity, loadFactor);
        this.accessOrder = accessOrder;
    }
    public LinkedHashMap(Map<? extends K, ? extends V> m) {
        accessOrder = false;
        putAll(m);
    }

    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) { return false; }

    void linkNew(Node<K, V> e) {
        e.before = tail;
        if (tail == null) head = e;
        else tail.after = e;
        tail = e;
    }
    void unlink(Node<K, V> e) {
        if (e == null) {
            head = null;
            tail = null;
            return;
        }
        if (e.before == null) head = e.after;
        else e.before.after = e.after;
        if (e.after == null) tail = e.before;
        else e.after.before = e.before;
        e.before = null;
        e.after = null;
    }
    void accessed(Node<K, V> e) {
        if (accessOrder && tail != e) {
            unlink(e);
            linkNew(e);
        }
    }
    public V put(K key, V value) {
        V old = super.put(key, value);
        if (head != null && removeEldestEntry(head)) removeNode(head.key);
        return old;
    }

    Iterator<Node<K, V>> nodes() {
        return new Iterator<Node<K, V>>() {
            Node<K, V> next = head;
            Node<K, V> current;
            public boolean hasNext() { return next != null; }
            public Node<K, V> next() {
                if (next == null) throw new NoSuchElementException();
                current = next;
                next = next.after;
                return current;
            }
            public void remove() {
                if (current == null) throw new IllegalStateException();
                removeNode(current.key);
                current = null;
            }
        };
    }
}
