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
                    Stream<? extends R> next = f.apply(it.next());
                    inner = next == null ? Collections.emptyIterator() : next.iterator();
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
    public <R, A> R collect(Collector<? super T, A, R> c) { return Collector.collectAll((Collector<T, A, R>) c, drain()); }
    public <R> R collect(Supplier<R> supplier, BiConsumer<R, ? super T> accumulator, BiConsumer<R, R> combiner) {
        R r = supplier.get();
        while (it.hasNext()) accumulator.accept(r, it.next());
        return r;
    }
    public <U> U reduce(U identity, BiFunction<U, ? super T, U> f, BinaryOperator<U> combiner) {
        U acc = identity;
        while (it.hasNext()) acc = f.apply(acc, it.next());
        return acc;
    }
    public Iterator<T> iterator() { return it; }
    public Stream<T> takeWhile(Predicate<? super T> p) {
        return new ListStream<>(new Step<T>() {
            boolean done;
            boolean advance() {
                if (done || !it.hasNext()) return false;
                T t = it.next();
                if (!p.test(t)) {
                    done = true;
                    return false;
                }
                put(t);
                return true;
            }
        });
    }
    public Stream<T> dropWhile(Predicate<? super T> p) {
        return new ListStream<>(new Step<T>() {
            boolean dropping = true;
            boolean advance() {
                while (it.hasNext()) {
                    T t = it.next();
                    if (dropping && p.test(t)) continue;
                    dropping = false;
                    put(t);
                    return true;
                }
                return false;
            }
        });
    }
    public IntStream flatMapToInt(Function<? super T, ? extends IntStream> f) {
        return new IntStream(flatMap(t -> f.apply(t).boxed()));
    }
    public LongStream flatMapToLong(Function<? super T, ? extends LongStream> f) {
        return new LongStream(flatMap(t -> f.apply(t).boxed()));
    }
    public DoubleStream flatMapToDouble(Function<? super T, ? extends DoubleStream> f) {
        return new DoubleStream(flatMap(t -> f.apply(t).boxed()));
    }
    public <R> Stream<R> mapMulti(BiConsumer<? super T, ? super Consumer<R>> f) {
        return flatMap(t -> {
            ArrayList<R> out = new ArrayList<>();
            f.accept(t, (Consumer<R>) out::add);
            return new ListStream<>(out.iterator());
        });
    }
    private ArrayList<Runnable> closers;
    public Stream<T> onClose(Runnable r) {
        if (closers == null) closers = new ArrayList<>();
        closers.add(r);
        return this;
    }
    public void close() {
        if (closers == null) return;
        ArrayList<Runnable> all = closers;
        closers = null;
        for (Runnable r : all) r.run();
    }
    public List<T> toList() { return Collections.unmodifiableList(drain()); }
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
