package java.util;

import java.util.function.DoubleConsumer;

/** Count, sum, minimum, maximum and average of doubles; the sum is compensated (Kahan) like the
 *  JDK's, with the plain sum kept for infinite inputs. */
public class DoubleSummaryStatistics implements DoubleConsumer {
    private long count;
    private double sum;
    private double compensation;
    private double simpleSum;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    public DoubleSummaryStatistics() {}

    public void accept(double value) {
        count++;
        simpleSum += value;
        addCompensated(value);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }
    public void combine(DoubleSummaryStatistics other) {
        count += other.count;
        simpleSum += other.simpleSum;
        addCompensated(other.sum);
        addCompensated(-other.compensation);
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }
    private void addCompensated(double value) {
        double tmp = value - compensation;
        double velvel = sum + tmp;
        compensation = (velvel - sum) - tmp;
        sum = velvel;
    }
    public final long getCount() { return count; }
    public final double getSum() {
        double tmp = sum - compensation;
        if (Double.isNaN(tmp) && Double.isInfinite(simpleSum)) return simpleSum;
        return tmp;
    }
    public final double getMin() { return min; }
    public final double getMax() { return max; }
    public final double getAverage() { return count > 0 ? getSum() / getCount() : 0.0; }
    public String toString() {
        return String.format("DoubleSummaryStatistics{count=%d, sum=%f, min=%f, average=%f, max=%f}", count, getSum(), min, getAverage(), max);
    }
}
