package java.util.stream;

import java.util.*;
import java.util.function.*;

/** A stream of longs (a class here, an interface in the JDK: calls look the same), boxed
 *  inside as IntStream is. */
public final class LongStream implements BaseStream<Long, LongStream> {
    private final Stream<Long> s;

    LongStream(Stream<Long> s) { this.s = s; }

    public static LongStream range(long from, long to) {
        return new LongStream(new ListStream<>(new Iterator<Long>() {
            long i = from;
            public boolean hasNext() { return i < to; }
            public Long next() { return i++; }
        }));
    }
    public static LongStream rangeClosed(long from, long to) {
        if (to == Long.MAX_VALUE) throw new UnsupportedOperationException("rangeClosed to MAX_VALUE");
        return range(from, to + 1);
    }
    public static LongStream of(long... values) {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) boxed[i] = values[i];
        return new LongStream(Stream.of(boxed));
    }
    public static LongStream iterate(long seed, LongUnaryOperator f) {
        return new LongStream(Stream.iterate(seed, x -> f.applyAsLong(x)));
    }
    public static LongStream of(long value) { return of(new long[] {value}); }
    public static LongStream empty() { return of(new long[0]); }
    public static LongStream concat(LongStream a, LongStream b) { return new LongStream(Stream.concat(a.s, b.s)); }
    public static LongStream generate(LongSupplier g) { return new LongStream(Stream.generate(() -> g.getAsLong())); }
    public static LongStream iterate(long seed, LongPredicate hasNext, LongUnaryOperator f) {
        return new LongStream(Stream.iterate(seed, x -> hasNext.test(x), x -> f.applyAsLong(x)));
    }
    public IntStream mapToInt(LongToIntFunction f) { return new IntStream(s.map(x -> f.applyAsInt(x))); }
    public DoubleStream mapToDouble(LongToDoubleFunction f) { return new DoubleStream(s.map(x -> f.applyAsDouble(x))); }
    public LongStream flatMap(LongFunction<? extends LongStream> f) { return new LongStream(s.flatMap(x -> ((LongStream) f.apply(x)).s)); }
    public LongStream takeWhile(LongPredicate p) { return new LongStream(s.takeWhile(x -> p.test(x))); }
    public LongStream dropWhile(LongPredicate p) { return new LongStream(s.dropWhile(x -> p.test(x))); }
    public void forEachOrdered(LongConsumer c) { forEach(c); }
    public LongSummaryStatistics summaryStatistics() {
        LongSummaryStatistics st = new LongSummaryStatistics();
        forEach((LongConsumer) st);
        return st;
    }
    public <R> R collect(Supplier<R> supplier, ObjLongConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        R r = supplier.get();
        forEach(x -> accumulator.accept(r, x));
        return r;
    }
    public LongStream parallel() { return this; }
    public LongStream sequential() { return this; }
    /** The boxed elements (the JDK's is a `PrimitiveIterator`, not available here). */
    public Iterator<Long> iterator() { return s.iterator(); }
    public LongStream onClose(Runnable r) { return new LongStream(s.onClose(r)); }
    public void close() { s.close(); }
    public LongStream map(LongUnaryOperator f) { return new LongStream(s.map(x -> f.applyAsLong(x))); }
    public LongStream filter(LongPredicate p) { return new LongStream(s.filter(x -> p.test(x))); }
    public <U> Stream<U> mapToObj(LongFunction<? extends U> f) { return s.map(x -> f.apply(x)); }
    public Stream<Long> boxed() { return s; }
    public DoubleStream asDoubleStream() { return new DoubleStream(s.map(x -> (double) x)); }
    public LongStream sorted() { return new LongStream(s.sorted()); }
    public LongStream distinct() { return new LongStream(s.distinct()); }
    public LongStream limit(long n) { return new LongStream(s.limit(n)); }
    public LongStream skip(long n) { return new LongStream(s.skip(n)); }
    public LongStream peek(LongConsumer c) { return new LongStream(s.peek(x -> c.accept(x))); }
    public void forEach(LongConsumer c) { s.forEach(x -> c.accept(x)); }
    public long[] toArray() {
        Object[] a = s.toArray();
        long[] out = new long[a.length];
        for (int i = 0; i < a.length; i++) out[i] = (Long) a[i];
        return out;
    }
    public long sum() { return s.reduce(0L, (a, b) -> a + b); }
    public long count() { return s.count(); }
    public OptionalLong min() { return OptionalLong.of(s.reduce((a, b) -> Math.min(a, b))); }
    public OptionalLong max() { return OptionalLong.of(s.reduce((a, b) -> Math.max(a, b))); }
    public OptionalDouble average() { return average(s); }
    /** The average of a stream of boxed integers (also `IntStream`'s). */
    static OptionalDouble average(Stream<? extends Number> s) {
        long[] acc = new long[2];
        s.forEach(x -> {
            acc[0] += x.longValue();
            acc[1]++;
        });
        return acc[1] == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) acc[0] / acc[1]);
    }
    public long reduce(long identity, LongBinaryOperator op) { return s.reduce(identity, (a, b) -> op.applyAsLong(a, b)); }
    public OptionalLong reduce(LongBinaryOperator op) { return OptionalLong.of(s.reduce((a, b) -> op.applyAsLong(a, b))); }
    public boolean anyMatch(LongPredicate p) { return s.anyMatch(x -> p.test(x)); }
    public boolean allMatch(LongPredicate p) { return s.allMatch(x -> p.test(x)); }
    public boolean noneMatch(LongPredicate p) { return s.noneMatch(x -> p.test(x)); }
    public OptionalLong findFirst() { return OptionalLong.of(s.findFirst()); }
    public OptionalLong findAny() { return findFirst(); }
}
