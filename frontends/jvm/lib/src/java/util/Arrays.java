package java.util;

public final class Arrays {
    private Arrays() {}

    public static String toString(int[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : ", ").append(a[i]);
        return sb.append(']').toString();
    }
    public static String toString(byte[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : ", ").append(a[i]);
        return sb.append(']').toString();
    }
    public static String toString(long[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : ", ").append(a[i]);
        return sb.append(']').toString();
    }
    public static String toString(double[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : ", ").append(a[i]);
        return sb.append(']').toString();
    }
    public static String toString(char[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : ", ").append(a[i]);
        return sb.append(']').toString();
    }
    public static String toString(boolean[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : ", ").append(a[i]);
        return sb.append(']').toString();
    }
    public static String toString(Object[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < a.length; i++) sb.append(i == 0 ? "" : ", ").append(String.valueOf(a[i]));
        return sb.append(']').toString();
    }

    public static void fill(int[] a, int v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(long[] a, long v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(double[] a, double v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(char[] a, char v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(boolean[] a, boolean v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(Object[] a, Object v) { for (int i = 0; i < a.length; i++) a[i] = v; }
    public static void fill(int[] a, int from, int to, int v) { for (int i = from; i < to; i++) a[i] = v; }

    public static int[] copyOf(int[] a, int n) {
        int[] b = new int[n];
        System.arraycopy(a, 0, b, 0, Math.min(n, a.length));
        return b;
    }
    public static byte[] copyOf(byte[] a, int n) {
        byte[] r = new byte[n];
        System.arraycopy(a, 0, r, 0, Math.min(a.length, n));
        return r;
    }
    public static long[] copyOf(long[] a, int n) {
        long[] b = new long[n];
        System.arraycopy(a, 0, b, 0, Math.min(n, a.length));
        return b;
    }
    public static double[] copyOf(double[] a, int n) {
        double[] b = new double[n];
        System.arraycopy(a, 0, b, 0, Math.min(n, a.length));
        return b;
    }
    public static char[] copyOf(char[] a, int n) {
        char[] b = new char[n];
        System.arraycopy(a, 0, b, 0, Math.min(n, a.length));
        return b;
    }
    public static <T> T[] copyOf(T[] a, int n) {
        Object[] b = (Object[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), n);
        System.arraycopy(a, 0, b, 0, Math.min(n, a.length));
        return (T[]) b;
    }
    public static int[] copyOfRange(int[] a, int from, int to) {
        int[] b = new int[to - from];
        System.arraycopy(a, from, b, 0, Math.min(to, a.length) - from);
        return b;
    }
    public static <T> T[] copyOfRange(T[] a, int from, int to) {
        Object[] b = (Object[]) java.lang.reflect.Array.newInstance(a.getClass().getComponentType(), to - from);
        System.arraycopy(a, from, b, 0, Math.min(to, a.length) - from);
        return (T[]) b;
    }
    public static boolean equals(int[] a, int[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }
    public static boolean equals(Object[] a, Object[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (!Objects.equals(a[i], b[i])) return false;
        return true;
    }
    public static boolean equals(long[] a, long[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }
    public static boolean equals(char[] a, char[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
        return true;
    }
    public static boolean equals(double[] a, double[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (Double.doubleToLongBits(a[i]) != Double.doubleToLongBits(b[i])) return false;
        return true;
    }

    /** Arrays inside are printed by their contents ({@code byte[]} and {@code boolean[]} are one VM type: as bytes). */
    public static String deepToString(Object[] a) {
        if (a == null) return "null";
        StringBuilder sb = new StringBuilder();
        deepAppend(a, sb, new ArrayList<Object[]>());
        return sb.toString();
    }
    private static void deepAppend(Object[] a, StringBuilder sb, List<Object[]> open) {
        open.add(a);
        sb.append('[');
        for (int i = 0; i < a.length; i++) {
            if (i > 0) sb.append(", ");
            Object e = a[i];
            if (e instanceof Object[] inner) {
                boolean cycle = false;
                for (Object[] o : open) cycle |= o == inner;
                if (cycle) sb.append("[...]");
                else deepAppend(inner, sb, open);
            } else sb.append(elementString(e));
        }
        sb.append(']');
        open.remove(open.size() - 1);
    }
    private static String elementString(Object e) {
        if (e instanceof int[] x) return toString(x);
        if (e instanceof long[] x) return toString(x);
        if (e instanceof double[] x) return toString(x);
        if (e instanceof char[] x) return toString(x);
        if (e instanceof boolean[] x) return toString(x);
        if (e instanceof byte[] x) {
            int[] wide = new int[x.length];
            for (int i = 0; i < x.length; i++) wide[i] = x[i];
            return toString(wide);
        }
        if (e instanceof short[] x) {
            int[] wide = new int[x.length];
            for (int i = 0; i < x.length; i++) wide[i] = x[i];
            return toString(wide);
        }
        if (e instanceof float[] x) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < x.length; i++) sb.append(i == 0 ? "" : ", ").append(x[i]);
            return sb.append(']').toString();
        }
        return String.valueOf(e);
    }
    public static boolean deepEquals(Object[] a, Object[] b) {
        if (a == b) return true;
        if (a == null || b == null || a.length != b.length) return false;
        for (int i = 0; i < a.length; i++) if (!deepEquals0(a[i], b[i])) return false;
        return true;
    }
    private static boolean deepEquals0(Object x, Object y) {
        if (x == y) return true;
        if (x == null || y == null) return false;
        if (x instanceof Object[] p && y instanceof Object[] q) return deepEquals(p, q);
        if (x instanceof int[] p && y instanceof int[] q) return equals(p, q);
        if (x instanceof long[] p && y instanceof long[] q) return equals(p, q);
        if (x instanceof char[] p && y instanceof char[] q) return equals(p, q);
        if (x instanceof double[] p && y instanceof double[] q) return equals(p, q);
        if (x instanceof byte[] p && y instanceof byte[] q) {
            if (p.length != q.length) return false;
            for (int i = 0; i < p.length; i++) if (p[i] != q[i]) return false;
            return true;
        }
        if (x instanceof boolean[] p && y instanceof boolean[] q) {
            if (p.length != q.length) return false;
            for (int i = 0; i < p.length; i++) if (p[i] != q[i]) return false;
            return true;
        }
        return x.equals(y);
    }
    public static int hashCode(int[] a) {
        if (a == null) return 0;
        int h = 1;
        for (int e : a) h = 31 * h + e;
        return h;
    }
    public static int hashCode(long[] a) {
        if (a == null) return 0;
        int h = 1;
        for (long e : a) h = 31 * h + Long.hashCode(e);
        return h;
    }
    public static int hashCode(short[] a) {
        if (a == null) return 0;
        int h = 1;
        for (short e : a) h = 31 * h + e;
        return h;
    }
    public static int hashCode(char[] a) {
        if (a == null) return 0;
        int h = 1;
        for (char e : a) h = 31 * h + e;
        return h;
    }
    public static int hashCode(byte[] a) {
        if (a == null) return 0;
        int h = 1;
        for (byte e : a) h = 31 * h + e;
        return h;
    }
    public static int hashCode(boolean[] a) {
        if (a == null) return 0;
        int h = 1;
        for (boolean e : a) h = 31 * h + (e ? 1231 : 1237);
        return h;
    }
    public static int hashCode(float[] a) {
        if (a == null) return 0;
        int h = 1;
        for (float e : a) h = 31 * h + Float.floatToIntBits(e);
        return h;
    }
    public static int hashCode(double[] a) {
        if (a == null) return 0;
        int h = 1;
        for (double e : a) h = 31 * h + Double.hashCode(e);
        return h;
    }
    /** The hash of `a` with nested arrays hashed by their elements. */
    public static int deepHashCode(Object[] a) {
        if (a == null) return 0;
        int h = 1;
        for (Object e : a) {
            int eh;
            if (e instanceof Object[] p) eh = deepHashCode(p);
            else if (e instanceof int[] p) eh = hashCode(p);
            else if (e instanceof long[] p) eh = hashCode(p);
            else if (e instanceof short[] p) eh = hashCode(p);
            else if (e instanceof char[] p) eh = hashCode(p);
            else if (e instanceof byte[] p) eh = hashCode(p);
            else if (e instanceof boolean[] p) eh = hashCode(p);
            else if (e instanceof float[] p) eh = hashCode(p);
            else if (e instanceof double[] p) eh = hashCode(p);
            else eh = Objects.hashCode(e);
            h = 31 * h + eh;
        }
        return h;
    }
    public static int hashCode(Object[] a) {
        if (a == null) return 0;
        int h = 1;
        for (Object e : a) h = 31 * h + (e == null ? 0 : e.hashCode());
        return h;
    }
    public static int binarySearch(int[] a, int key) {
        int lo = 0, hi = a.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (a[mid] < key) lo = mid + 1;
            else if (a[mid] > key) hi = mid - 1;
            else return mid;
        }
        return -(lo + 1);
    }
    /** A fixed-size list view of `a`: `set` writes through to the array, `add` and `remove`
     *  throw UnsupportedOperationException. */
    public static <T> List<T> asList(T... a) { return new ArrayView<>(Objects.requireNonNull(a)); }

    private static final class ArrayView<E> extends AbstractList<E> {
        private final E[] a;

        ArrayView(E[] a) { this.a = a; }
        public int size() { return a.length; }
        public E get(int index) { return a[index]; }
        public E set(int index, E e) {
            E old = a[index];
            a[index] = e;
            return old;
        }
        public Object[] toArray() {
            Object[] out = new Object[a.length];
            System.arraycopy(a, 0, out, 0, a.length);
            return out;
        }
        public void sort(Comparator<? super E> c) { Arrays.sort(a, c); }
    }

    public static void sort(int[] a) { sort(a, 0, a.length); }
    public static void sort(int[] a, int from, int to) {
        // Heap sort: O(n log n), in place; equal ints are indistinguishable.
        int n = to - from;
        for (int i = n / 2 - 1; i >= 0; i--) siftInt(a, from, i, n);
        for (int end = n - 1; end > 0; end--) {
            int t = a[from];
            a[from] = a[from + end];
            a[from + end] = t;
            siftInt(a, from, 0, end);
        }
    }
    private static void siftInt(int[] a, int base, int i, int n) {
        for (;;) {
            int c = 2 * i + 1;
            if (c >= n) return;
            if (c + 1 < n && a[base + c + 1] > a[base + c]) c++;
            if (a[base + i] >= a[base + c]) return;
            int t = a[base + i];
            a[base + i] = a[base + c];
            a[base + c] = t;
            i = c;
        }
    }
    public static void sort(long[] a) {
        for (int i = 1; i < a.length; i++) {
            long x = a[i];
            int j = i - 1;
            while (j >= 0 && a[j] > x) { a[j + 1] = a[j]; j--; }
            a[j + 1] = x;
        }
    }
    public static void sort(double[] a) {
        Double[] b = new Double[a.length];
        for (int i = 0; i < a.length; i++) b[i] = a[i];
        sort(b, 0, b.length, (x, y) -> Double.compare(x, y));
        for (int i = 0; i < a.length; i++) a[i] = b[i];
    }
    public static void sort(char[] a) {
        int[] counts = new int[65536];
        for (char c : a) counts[c]++;
        int k = 0;
        for (int c = 0; c < 65536; c++) for (int n = counts[c]; n > 0; n--) a[k++] = (char) c;
    }
    public static void sort(Object[] a) { sort(a, 0, a.length, null); }
    public static <T> void sort(T[] a, Comparator<? super T> c) { sort(a, 0, a.length, c); }
    /** A stable merge sort (the JDK's TimSort is stable too: equal elements keep their order). */
    public static <T> void sort(T[] a, int from, int to, Comparator<? super T> c) {
        if (to - from < 2) return;
        Object[] tmp = new Object[to - from];
        mergeSort(a, tmp, from, to, (Comparator<Object>) c);
    }
    private static int cmp(Object x, Object y, Comparator<Object> c) {
        return c != null ? c.compare(x, y) : ((Comparable<Object>) x).compareTo(y);
    }
    private static void mergeSort(Object[] a, Object[] tmp, int from, int to, Comparator<Object> c) {
        if (to - from <= 8) {
            for (int i = from + 1; i < to; i++) {
                Object x = a[i];
                int j = i - 1;
                while (j >= from && cmp(a[j], x, c) > 0) { a[j + 1] = a[j]; j--; }
                a[j + 1] = x;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        mergeSort(a, tmp, from, mid, c);
        mergeSort(a, tmp, mid, to, c);
        if (cmp(a[mid - 1], a[mid], c) <= 0) return;
        System.arraycopy(a, from, tmp, 0, to - from);
        int i = 0, j = mid - from, k = from, mi = mid - from, end = to - from;
        while (i < mi && j < end) a[k++] = cmp(tmp[j], tmp[i], c) < 0 ? tmp[j++] : tmp[i++];
        while (i < mi) a[k++] = tmp[i++];
        while (j < end) a[k++] = tmp[j++];
    }
}
