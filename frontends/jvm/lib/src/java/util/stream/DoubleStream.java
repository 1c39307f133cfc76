package java.util.stream;

import java.util.*;
import java.util.function.*;

/** A stream of doubles; `sum` and `average` use the JDK's compensated (Kahan) summation. */
public final class DoubleStream {
    private final Stream<Double> s;

    DoubleStream(Stream<Double> s) { this.s = s; }

    public static DoubleStream of(double... values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) boxed[i] = values[i];
        return new DoubleStream(Stream.of(boxed));
    }
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
