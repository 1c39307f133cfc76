package java.util.stream;

import java.util.*;
import java.util.function.*;

/** A lazy sequential stream over an iterator: each stage wraps the previous one's iterator,
 *  so elements flow one at a time as in the JDK (`sorted` and `distinct` collect first). */
final class ListStream<T> implements Stream<T> {
    private final Iterator<T> it;

    ListStream(Iterator<T> it) { this.it = it; }

    /** Stages with a look-ahead element. */
    abstract static class Step<T> implements Iterator<T> {
        private T ahead;
        private boolean ready;
        private boolean done;

        /** Sets the next element with `yield` and returns true, or returns false at the end. */
        abstract boolean advance();
        final void put(T t) { ahead = t; }
        public final boolean hasNext() {
            if (!ready && !done) {
                if (advance()) ready = true;
                else done = true;
            }
            return ready;
        }
        public final T next() {
            if (!hasNext()) throw new NoSuchElementException();
            ready = false;
            return ahead;
        }
    }

    List<T> drain() {
        ArrayList<T> out = new ArrayList<>();
        while (it.hasNext()) out.add(it.next());
        return out;
    }

    public Stream<T> filter(Predicate<? super T> p) {
        return new ListStream<>(new Step<T>() {
            boolean advance() {
                while (it.hasNext()) {
                    T t = it.next();
                    if (p.test(t)) {
                        put(t);
                        return true;
                    }
                }
                return false;
            }
        });
    }
    public <R> Stream<R> map(Function<? super T, ? extends R> f) {
        return new ListStream<>(new Iterator<R>() {
            public boolean hasNext() { return it.hasNext(); }
            public R next() { return f.apply(it.next()); }
        });
    }
    public IntStream mapToInt(ToIntFunction<? super T> f) {
        return new IntStream(map(t -> f.applyAsInt(t)));
    }
    public LongStream mapToLong(ToLongFunction<? super T> f) { return new LongStream(map(x -> f.applyAsLong(x))); }
    public DoubleStream mapToDouble(ToDoubleFunction<? super T> f) {
        return new DoubleStream(map(t -> f.applyAsDouble(t)));
    }
    public <R> Stream<R> flatMap(Function<? super T, ? extends Stream<? extends R>> f) {
        return new ListStream<>(new Step<R>() {
            Iterator<? extends R> inner;
            boolean advance() {
                while (inner == null || !inner.hasNext()) {
                    if (!it.hasNext()) return false;
                    inner = ((ListStream<? extends R>) f.apply(it.next())).it;
                }
                put(inner.next());
                return true;
            }
        });
    }
    public Stream<T> distinct() { return new ListStream<>(new LinkedHashSet<>(drain()).iterator()); }
    public Stream<T> sorted() { return sorted(null); }
    public Stream<T> sorted(Comparator<? super T> c) {
        List<T> all = drain();
        all.sort(c);
        return new ListStream<>(all.iterator());
    }
    public Stream<T> peek(Consumer<? super T> c) {
        return new ListStream<>(new Iterator<T>() {
            public boolean hasNext() { return it.hasNext(); }
            public T next() {
                T t = it.next();
                c.accept(t);
                return t;
            }
        });
    }
    public Stream<T> limit(long n) {
        return new ListStream<>(new Iterator<T>() {
            long left = n;
            public boolean hasNext() { return left > 0 && it.hasNext(); }
            public T next() {
                left--;
                return it.next();
            }
        });
    }
    public Stream<T> skip(long n) {
        return new ListStream<>(new Step<T>() {
            long left = n;
            boolean advance() {
                while (left > 0 && it.hasNext()) {
                    it.next();
                    left--;
                }
                if (!it.hasNext()) return false;
                put(it.next());
                return true;
            }
        });
    }
    public void forEach(Consumer<? super T> c) {
        while (it.hasNext()) c.accept(it.next());
    }
    public void forEachOrdered(Consumer<? super T> c) { forEach(c); }
    public Object[] toArray() { return drain().toArray(); }
    public <A> A[] toArray(IntFunction<A[]> g) {
        List<T> all = drain();
        A[] a = g.apply(all.size());
        for (int i = 0; i < a.length; i++) a[i] = (A) all.get(i);
        return a;
    }
    public T reduce(T identity, BinaryOperator<T> op) {
        T acc = identity;
        while (it.hasNext()) acc = op.apply(acc, it.next());
        return acc;
    }
    public Optional<T> reduce(BinaryOperator<T> op) {
        if (!it.hasNext()) return Optional.empty();
        T acc = it.next();
        while (it.hasNext()) acc = op.apply(acc, it.next());
        return Optional.of(acc);
    }
    public <R, A> R collect(Collector<? super T, A, R> c) { return ((Collector<T, A, R>) c).collectAll(drain()); }
    public List<T> toList() { return drain(); }
    public Optional<T> min(Comparator<? super T> c) { return reduce((a, b) -> c.compare(a, b) <= 0 ? a : b); }
    public Optional<T> max(Comparator<? super T> c) { return reduce((a, b) -> c.compare(a, b) >= 0 ? a : b); }
    public long count() {
        long n = 0;
        for (; it.hasNext(); it.next()) n++;
        return n;
    }
    public boolean anyMatch(Predicate<? super T> p) {
        while (it.hasNext()) if (p.test(it.next())) return true;
        return false;
    }
    public boolean allMatch(Predicate<? super T> p) {
        while (it.hasNext()) if (!p.test(it.next())) return false;
        return true;
    }
    public boolean noneMatch(Predicate<? super T> p) { return !anyMatch(p); }
    public Optional<T> findFirst() { return it.hasNext() ? Optional.of(it.next()) : Optional.empty(); }
    public Optional<T> findAny() { return findFirst(); }
}
