package java.util;

public abstract class AbstractMap<K, V> implements Map<K, V> {
    protected AbstractMap() {}

    public abstract Set<Map.Entry<K, V>> entrySet();

    public int size() { return entrySet().size(); }
    public boolean isEmpty() { return size() == 0; }
    public boolean containsValue(Object v) {
        for (Map.Entry<K, V> e : entrySet()) if (Objects.equals(v, e.getValue())) return true;
        return false;
    }
    public boolean containsKey(Object k) {
        for (Map.Entry<K, V> e : entrySet()) if (Objects.equals(k, e.getKey())) return true;
        return false;
    }
    public V get(Object k) {
        for (Map.Entry<K, V> e : entrySet()) if (Objects.equals(k, e.getKey())) return e.getValue();
        return null;
    }
    public V put(K k, V v) { throw new UnsupportedOperationException(); }
    public V remove(Object k) { throw new UnsupportedOperationException(); }
    public void putAll(Map<? extends K, ? extends V> m) {
        for (Map.Entry<? extends K, ? extends V> e : m.entrySet()) put(e.getKey(), e.getValue());
    }
    public void clear() { entrySet().clear(); }
    public Set<K> keySet() {
        LinkedHashSet<K> s = new LinkedHashSet<>();
        for (Map.Entry<K, V> e : entrySet()) s.add(e.getKey());
        return s;
    }
    public Collection<V> values() {
        ArrayList<V> s = new ArrayList<>();
        for (Map.Entry<K, V> e : entrySet()) s.add(e.getValue());
        return s;
    }
    public boolean equals(Object o) {
        if (o == this) return true;
        if (!(o instanceof Map)) return false;
        Map<?, ?> m = (Map<?, ?>) o;
        if (m.size() != size()) return false;
        for (Map.Entry<K, V> e : entrySet()) {
            Object v = m.get(e.getKey());
            if (!Objects.equals(v, e.getValue()) || (v == null && !m.containsKey(e.getKey()))) return false;
        }
        return true;
    }
    public int hashCode() {
        int h = 0;
        for (Map.Entry<K, V> e : entrySet()) h += e.hashCode();
        return h;
    }
    public String toString() {
        Iterator<Map.Entry<K, V>> it = entrySet().iterator();
        if (!it.hasNext()) return "{}";
        StringBuilder sb = new StringBuilder();
        sb.append('{');
        for (;;) {
            Map.Entry<K, V> e = it.next();
            K k = e.getKey();
            V v = e.getValue();
            sb.append(k == this ? "(this Map)" : String.valueOf(k));
            sb.append('=');
            sb.append(v == this ? "(this Map)" : String.valueOf(v));
            if (!it.hasNext()) return sb.append('}').toString();
            sb.append(", ");
        }
    }

    public static class SimpleEntry<K, V> implements Map.Entry<K, V> {
        private final K key;
        private V value;

        public SimpleEntry(K key, V value) {
            this.key = key;
            this.value = value;
        }
        public K getKey() { return key; }
        public V getValue() { return value; }
        public V setValue(V v) {
            V old = value;
            value = v;
            return old;
        }
        public boolean equals(Object o) {
            if (!(o instanceof Map.Entry)) return false;
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) o;
            return Objects.equals(key, e.getKey()) && Objects.equals(value, e.getValue());
        }
        public int hashCode() { return Objects.hashCode(key) ^ Objects.hashCode(value); }
        public String toString() { return key + "=" + value; }
    }
}
