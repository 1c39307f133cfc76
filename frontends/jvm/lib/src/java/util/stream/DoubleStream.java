package java.util.stream;

import java.util.*;
import java.util.function.*;

/** A stream of doubles; `sum` and `average` use the JDK's compensated (Kahan) summation. */
public final class DoubleStream implements BaseStream<Double, DoubleStream> {
    private final Stream<Double> s;

    DoubleStream(Stream<Double> s) { this.s = s; }

    public static DoubleStream of(double... values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) boxed[i] = values[i];
        return new DoubleStream(Stream.of(boxed));
    }
    public static DoubleStream of(double value) { return of(new double[] {value}); }
    public static DoubleStream empty() { return of(new double[0]); }
    public static DoubleStream concat(DoubleStream a, DoubleStream b) { return new DoubleStream(Stream.concat(a.s, b.s)); }
    public static DoubleStream generate(DoubleSupplier g) { return new DoubleStream(Stream.generate(() -> g.getAsDouble())); }
    public static DoubleStream iterate(double seed, DoubleUnaryOperator f) {
        return new DoubleStream(Stream.iterate(seed, x -> f.applyAsDouble(x)));
    }
    public static DoubleStream iterate(double seed, DoublePredicate hasNext, DoubleUnaryOperator f) {
        return new DoubleStream(Stream.iterate(seed, x -> hasNext.test(x), x -> f.applyAsDouble(x)));
    }
    public DoubleStream filter(DoublePredicate p) { return new DoubleStream(s.filter(x -> p.test(x))); }
    public <U> Stream<U> mapToObj(DoubleFunction<? extends U> f) { return s.map(x -> f.apply(x)); }
    public IntStream mapToInt(DoubleToIntFunction f) { return new IntStream(s.map(x -> f.applyAsInt(x))); }
    public LongStream mapToLong(DoubleToLongFunction f) { return new LongStream(s.map(x -> f.applyAsLong(x))); }
    public DoubleStream flatMap(DoubleFunction<? extends DoubleStream> f) { return new DoubleStream(s.flatMap(x -> ((DoubleStream) f.apply(x)).s)); }
    public DoubleStream distinct() { return new DoubleStream(s.distinct()); }
    public DoubleStream skip(long n) { return new DoubleStream(s.skip(n)); }
    public DoubleStream peek(DoubleConsumer c) { return new DoubleStream(s.peek(x -> c.accept(x))); }
    public DoubleStream takeWhile(DoublePredicate p) { return new DoubleStream(s.takeWhile(x -> p.test(x))); }
    public DoubleStream dropWhile(DoublePredicate p) { return new DoubleStream(s.dropWhile(x -> p.test(x))); }
    public void forEach(DoubleConsumer c) { s.forEach(x -> c.accept(x)); }
    public void forEachOrdered(DoubleConsumer c) { forEach(c); }
    public double reduce(double identity, DoubleBinaryOperator op) { return s.reduce(identity, (a, b) -> op.applyAsDouble(a, b)); }
    public OptionalDouble reduce(DoubleBinaryOperator op) {
        Optional<Double> r = s.reduce((a, b) -> op.applyAsDouble(a, b));
        return r.isPresent() ? OptionalDouble.of(r.get()) : OptionalDouble.empty();
    }
    public boolean anyMatch(DoublePredicate p) { return s.anyMatch(x -> p.test(x)); }
    public boolean allMatch(DoublePredicate p) { return s.allMatch(x -> p.test(x)); }
    public boolean noneMatch(DoublePredicate p) { return s.noneMatch(x -> p.test(x)); }
    public OptionalDouble findFirst() {
        Optional<Double> r = s.findFirst();
        return r.isPresent() ? OptionalDouble.of(r.get()) : OptionalDouble.empty();
    }
    public OptionalDouble findAny() { return findFirst(); }
    public DoubleSummaryStatistics summaryStatistics() {
        DoubleSummaryStatistics st = new DoubleSummaryStatistics();
        forEach(st);
        return st;
    }
    public <R> R collect(Supplier<R> supplier, ObjDoubleConsumer<R> accumulator, BiConsumer<R, R> combiner) {
        R r = supplier.get();
        forEach(x -> accumulator.accept(r, x));
        return r;
    }
    public DoubleStream parallel() { return this; }
    public DoubleStream sequential() { return this; }
    /** The boxed elements (the JDK's is a `PrimitiveIterator`, not available here). */
    public Iterator<Double> iterator() { return s.iterator(); }
    public DoubleStream onClose(Runnable r) { return new DoubleStream(s.onClose(r)); }
    public void close() { s.close(); }
    public DoubleStream map(DoubleUnaryOperator f) { return new DoubleStream(s.map(x -> f.applyAsDouble(x))); }
    public Stream<Double> boxed() { return s; }
    public DoubleStream sorted() { return new DoubleStream(s.sorted()); }
    public DoubleStream limit(long n) { return new DoubleStream(s.limit(n)); }
    public long count() { return s.count(); }
    public double[] toArray() {
        Object[] a = s.toArray();
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) out[i] = (Double) a[i];
        return out;
    }
    /** [sum, compensation, simple sum, count]. */
    private double[] summation() {
        double[] acc = new double[4];
        s.forEach(d -> {
            double tmp = d - acc[1];
            double sum = acc[0];
            double velvel = sum + tmp;
            acc[1] = (velvel - sum) - tmp;
            acc[0] = velvel;
            acc[2] += d;
            acc[3]++;
        });
        return acc;
    }
    private static double finalSum(double[] acc) {
        double tmp = acc[0] - acc[1];
        if (Double.isNaN(tmp) && Double.isInfinite(acc[2])) return acc[2];
        return tmp;
    }
    public double sum() { return finalSum(summation()); }
    public OptionalDouble average() {
        double[] acc = summation();
        return acc[3] == 0 ? OptionalDouble.empty() : OptionalDouble.of(finalSum(acc) / acc[3]);
    }
    public OptionalDouble max() {
        Optional<Double> m = s.reduce((a, b) -> Math.max(a, b));
        return m.isPresent() ? OptionalDouble.of(m.get()) : OptionalDouble.empty();
    }
    public OptionalDouble min() {
        Optional<Double> m = s.reduce((a, b) -> Math.min(a, b));
        return m.isPresent() ? OptionalDouble.of(m.get()) : OptionalDouble.empty();
    }
}
