package java.util.stream;

import java.util.*;
import java.util.function.*;

/** A stream of ints (a class here, an interface in the JDK: calls look the same). */
public final class IntStream implements BaseStream<Integer, IntStream> {
    private final Stream<Integer> s;

    IntStream(Stream<Integer> s) { this.s = s; }

    public static IntStream range(int from, int to) {
        return new IntStream(new ListStream<>(new Iterator<Integer>() {
            int i = from;
            public boolean hasNext() { return i < to; }
            public Integer next() { return i++; }
        }));
    }
    public static IntStream rangeClosed(int from, int to) {
        if (to == Integer.MAX_VALUE) throw new UnsupportedOperationException("rangeClosed to MAX_VALUE");
        return range(from, to + 1);
    }
    public static IntStream of(int... values) {
        Integer[] boxed = new Integer[values.length];
        for (int i = 0; i < values.length; i++) boxed[i] = values[i];
        return new IntStream(Stream.of(boxed));
    }
    public static IntStream iterate(int seed, IntUnaryOperator f) {
        return new IntStream(Stream.iterate(seed, x -> f.applyAsInt(x)));
    }
    public static IntStream of(int value) { return of(new int[] {value}); }
    public static IntStream empty() { return of(new int[0]); }
    public static IntStream concat(IntStream a, IntStream b) { return new IntStream(Stream.concat(a.s, b.s)); }
    public static IntStream generate(IntSupplier g) { return new IntStream(Stream.generate(() -> g.getAsInt())); }
    public static IntStream iterate(int seed, IntPredicate hasNext, IntUnaryOperator f) {
        return new IntStream(Stream.iterate(seed, x -> hasNext.test(x), x -> f.applyAsInt(x)));
    }
    public DoubleStream mapToDouble(IntToDoubleFunction f) { return new DoubleStream(s.map(x -> f.applyAsDouble(x))); }
    public IntStream flatMap(IntFunction<? extends IntStream> f) { return new IntStream(s.flatMap(x -> ((IntStream) f.apply(x)).s)); }
    public IntStream takeWhile(IntPredicate p) { return new IntStream(s.takeWhile(x -> p.test(x))); }
    public IntStream dropWhile(IntPredicate p) { return new IntStream(s.dropWhile(x -> p.test(x))); }
    public void forEachOrdered(IntConsumer c) { forEach(c); }
    public IntSummaryStatistics summaryStatistics() {
        IntSummaryStatistics st = new IntSummaryStatistics();
        forEach(st);
        return st;
    }
    public <R> R collect(Supplier<R> supplier, ObjIntConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        R r = supplier.get();
        forEach(x -> accumulator.accept(r, x));
        return r;
    }
    public IntStream parallel() { return this; }
    public IntStream sequential() { return this; }
    /** The boxed elements (the JDK's is a `PrimitiveIterator`, not available here). */
    public Iterator<Integer> iterator() { return s.iterator(); }
    public IntStream onClose(Runnable r) { return new IntStream(s.onClose(r)); }
    public void close() { s.close(); }
    public IntStream map(IntUnaryOperator f) { return new IntStream(s.map(x -> f.applyAsInt(x))); }
    public IntStream filter(IntPredicate p) { return new IntStream(s.filter(x -> p.test(x))); }
    public <U> Stream<U> mapToObj(IntFunction<? extends U> f) { return s.map(x -> f.apply(x)); }
    public Stream<Integer> boxed() { return s; }
    public DoubleStream asDoubleStream() { return new DoubleStream(s.map(x -> (double) x)); }
    public LongStream asLongStream() { return new LongStream(s.map(x -> (long) x)); }
    public LongStream mapToLong(IntToLongFunction f) { return new LongStream(s.map(x -> f.applyAsLong(x))); }
    public IntStream sorted() { return new IntStream(s.sorted()); }
    public IntStream distinct() { return new IntStream(s.distinct()); }
    public IntStream limit(long n) { return new IntStream(s.limit(n)); }
    public IntStream skip(long n) { return new IntStream(s.skip(n)); }
    public IntStream peek(IntConsumer c) { return new IntStream(s.peek(x -> c.accept(x))); }
    public void forEach(IntConsumer c) { s.forEach(x -> c.accept(x)); }
    public int[] toArray() {
        Object[] a = s.toArray();
        int[] out = new int[a.length];
        for (int i = 0; i < a.length; i++) out[i] = (Integer) a[i];
        return out;
    }
    public int sum() { return s.reduce(0, (a, b) -> a + b); }
    public long count() { return s.count(); }
    public OptionalInt min() { return OptionalInt.of(s.reduce((a, b) -> Math.min(a, b))); }
    public OptionalInt max() { return OptionalInt.of(s.reduce((a, b) -> Math.max(a, b))); }
    public OptionalDouble average() { return LongStream.average(s); }
    public int reduce(int identity, IntBinaryOperator op) { return s.reduce(identity, (a, b) -> op.applyAsInt(a, b)); }
    public OptionalInt reduce(IntBinaryOperator op) { return OptionalInt.of(s.reduce((a, b) -> op.applyAsInt(a, b))); }
    public boolean anyMatch(IntPredicate p) { return s.anyMatch(x -> p.test(x)); }
    public boolean allMatch(IntPredicate p) { return s.allMatch(x -> p.test(x)); }
    public boolean noneMatch(IntPredicate p) { return s.noneMatch(x -> p.test(x)); }
    public OptionalInt findFirst() { return OptionalInt.of(s.findFirst()); }
    public OptionalInt findAny() { return findFirst(); }
}
