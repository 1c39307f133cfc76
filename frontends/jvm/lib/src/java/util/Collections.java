package java.util;

public final class Collections {
    private Collections() {}

    public static <T extends Comparable<? super T>> void sort(List<T> list) { list.sort(null); }
    public static <T> void sort(List<T> list, Comparator<? super T> c) { list.sort(c); }
    public static void reverse(List<?> list) {
        List<Object> l = (List<Object>) list;
        for (int i = 0, j = l.size() - 1; i < j; i++, j--) {
            Object t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
        }
    }
    public static void swap(List<?> list, int i, int j) {
        List<Object> l = (List<Object>) list;
        l.set(i, l.set(j, l.get(i)));
    }
    public static void shuffle(List<?> list, Random rnd) {
        for (int i = list.size(); i > 1; i--) swap(list, i - 1, rnd.nextInt(i));
    }
    public static <T> T max(Collection<? extends T> c) { return max(c, null); }
    public static <T> T min(Collection<? extends T> c) { return min(c, null); }
    public static <T> T max(Collection<? extends T> c, Comparator<? super T> cmp) {
        Iterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T x = it.next();
            if (compare(x, best, cmp) > 0) best = x;
        }
        return best;
    }
    public static <T> T min(Collection<? extends T> c, Comparator<? super T> cmp) {
        Iterator<? extends T> it = c.iterator();
        T best = it.next();
        while (it.hasNext()) {
            T x = it.next();
            if (compare(x, best, cmp) < 0) best = x;
        }
        return best;
    }
    private static <T> int compare(T a, T b, Comparator<? super T> c) {
        return c != null ? c.compare(a, b) : ((Comparable<Object>) a).compareTo(b);
    }
    public static int frequency(Collection<?> c, Object o) {
        int n = 0;
        for (Object e : c) if (Objects.equals(o, e)) n++;
        return n;
    }
    public static <T> List<T> nCopies(int n, T o) {
        if (n < 0) throw new IllegalArgumentException("List length = " + n);
        ArrayList<T> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) l.add(o);
        return new UnmodifiableList<>(l, false);
    }
    public static <T> List<T> emptyList() { return new UnmodifiableList<>(new ArrayList<T>(), false); }
    public static <K, V> Map<K, V> emptyMap() { return new UnmodifiableMap<>(new HashMap<K, V>(), false); }
    public static <T> Set<T> emptySet() { return new UnmodifiableSet<>(new HashSet<T>(), false); }
    public static <T> Iterator<T> emptyIterator() { return new ArrayList<T>().iterator(); }
    public static <T> List<T> singletonList(T o) { return nCopies(1, o); }
    public static <T> Set<T> singleton(T o) {
        HashSet<T> s = new HashSet<>();
        s.add(o);
        return new UnmodifiableSet<>(s, false);
    }
    public static <K, V> Map<K, V> singletonMap(K k, V v) {
        HashMap<K, V> m = new HashMap<>();
        m.put(k, v);
        return new UnmodifiableMap<>(m, false);
    }
    public static <T> List<T> unmodifiableList(List<? extends T> l) { return new UnmodifiableList<>(Objects.requireNonNull(l), false); }
    public static <T> Set<T> unmodifiableSet(Set<? extends T> s) { return new UnmodifiableSet<>(Objects.requireNonNull(s), false); }
    public static <K, V> Map<K, V> unmodifiableMap(Map<? extends K, ? extends V> m) {
        return new UnmodifiableMap<>((Map<K, V>) Objects.requireNonNull(m), false);
    }
    public static <T> Collection<T> unmodifiableCollection(Collection<? extends T> c) {
        return new UnmodifiableCollection<>(Objects.requireNonNull(c), false);
    }
    /** One thread runs at a time: the collection itself. */
    public static <T> List<T> synchronizedList(List<T> l) { return l; }
    public static <T> Set<T> synchronizedSet(Set<T> s) { return s; }
    public static <K, V> Map<K, V> synchronizedMap(Map<K, V> m) { return m; }
    public static <T> Collection<T> synchronizedCollection(Collection<T> c) { return c; }
    public static <T> boolean addAll(Collection<? super T> c, T... elements) {
        boolean changed = false;
        for (T e : elements) changed |= c.add(e);
        return changed;
    }
    public static <T> Comparator<T> reverseOrder() {
        return (a, b) -> ((Comparable<Object>) b).compareTo(a);
    }
    public static <T> Comparator<T> reverseOrder(Comparator<T> c) {
        if (c == null) return reverseOrder();
        return (a, b) -> c.compare(b, a);
    }
}
