package java.util;

/** Java's 48-bit linear congruential generator, with the JDK's derivations. */
public class Random {
    private static final long MULTIPLIER = 0x5DEECE66DL;
    private static final long ADDEND = 0xBL;
    private static final long MASK = (1L << 48) - 1;
    private static long seedUniquifier = 8682522807148012L;
    private long seed;
    private double nextNextGaussian;
    private boolean haveNextNextGaussian;

    public Random() {
        seedUniquifier *= 1181783497276652981L;
        setSeed(seedUniquifier ^ System.nanoTime());
    }
    public Random(long seed) { setSeed(seed); }
    public void setSeed(long s) {
        seed = (s ^ MULTIPLIER) & MASK;
        haveNextNextGaussian = false;
    }
    protected int next(int bits) {
        seed = (seed * MULTIPLIER + ADDEND) & MASK;
        return (int) (seed >>> (48 - bits));
    }
    public int nextInt() { return next(32); }
    public int nextInt(int bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        int r = next(31);
        int m = bound - 1;
        if ((bound & m) == 0) {
            r = (int) ((bound * (long) r) >> 31);
        } else {
            for (int u = r; u - (r = u % bound) + m < 0; u = next(31)) {}
        }
        return r;
    }
    public int nextInt(int origin, int bound) {
        if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
        int r = nextInt();
        int n = bound - origin;
        int m = n - 1;
        if ((n & m) == 0) {
            r = (r & m) + origin;
        } else if (n > 0) {
            for (int u = r >>> 1; u + m - (r = u % n) < 0; u = nextInt() >>> 1) {}
            r += origin;
        } else {
            while (r < origin || r >= bound) r = nextInt();
        }
        return r;
    }
    public long nextLong() { return ((long) next(32) << 32) + next(32); }
    public long nextLong(long bound) {
        if (bound <= 0) throw new IllegalArgumentException("bound must be positive");
        long m = bound - 1;
        long r = nextLong();
        if ((bound & m) == 0L) {
            r &= m;
        } else {
            for (long u = r >>> 1; u + m - (r = u % bound) < 0L; u = nextLong() >>> 1) {}
        }
        return r;
    }
    public long nextLong(long origin, long bound) {
        if (origin >= bound) throw new IllegalArgumentException("bound must be greater than origin");
        long r = nextLong();
        long n = bound - origin;
        long m = n - 1;
        if ((n & m) == 0L) {
            r = (r & m) + origin;
        } else if (n > 0L) {
            for (long u = r >>> 1; u + m - (r = u % n) < 0L; u = nextLong() >>> 1) {}
            r += origin;
        } else {
            while (r < origin || r >= bound) r = nextLong();
        }
        return r;
    }
    public double nextDouble(double bound) { return nextDouble(0.0, bound); }
    public double nextDouble(double origin, double bound) {
        if (!(origin < bound && bound - origin < Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException("bound must be greater than origin");
        }
        double r = nextDouble() * (bound - origin) + origin;
        return r >= bound ? Math.nextDown(bound) : r;
    }
    private static long size(long n) {
        if (n < 0) throw new IllegalArgumentException("size must be non-negative");
        return n;
    }
    private static void range(double origin, double bound) {
        if (!(origin < bound)) throw new IllegalArgumentException("bound must be greater than origin");
    }
    public java.util.stream.IntStream ints() { return java.util.stream.IntStream.generate(this::nextInt); }
    public java.util.stream.IntStream ints(long n) { return ints().limit(size(n)); }
    public java.util.stream.IntStream ints(int origin, int bound) {
        range(origin, bound);
        return java.util.stream.IntStream.generate(() -> nextInt(origin, bound));
    }
    public java.util.stream.IntStream ints(long n, int origin, int bound) { return ints(origin, bound).limit(size(n)); }
    public java.util.stream.LongStream longs() { return java.util.stream.LongStream.generate(this::nextLong); }
    public java.util.stream.LongStream longs(long n) { return longs().limit(size(n)); }
    public java.util.stream.LongStream longs(long origin, long bound) {
        range(origin, bound);
        return java.util.stream.LongStream.generate(() -> nextLong(origin, bound));
    }
    public java.util.stream.LongStream longs(long n, long origin, long bound) { return longs(origin, bound).limit(size(n)); }
    public java.util.stream.DoubleStream doubles() { return java.util.stream.DoubleStream.generate(this::nextDouble); }
    public java.util.stream.DoubleStream doubles(long n) { return doubles().limit(size(n)); }
    public java.util.stream.DoubleStream doubles(double origin, double bound) {
        range(origin, bound);
        return java.util.stream.DoubleStream.generate(() -> nextDouble(origin, bound));
    }
    public java.util.stream.DoubleStream doubles(long n, double origin, double bound) { return doubles(origin, bound).limit(size(n)); }
    public boolean nextBoolean() { return next(1) != 0; }
    public float nextFloat() { return next(24) / ((float) (1 << 24)); }
    public double nextDouble() { return (((long) next(26) << 27) + next(27)) * 0x1.0p-53; }
    public void nextBytes(byte[] bytes) {
        for (int i = 0, len = bytes.length; i < len;) {
            for (int rnd = nextInt(), n = Math.min(len - i, 4); n-- > 0; rnd >>= 8) bytes[i++] = (byte) rnd;
        }
    }
    public double nextGaussian() {
        if (haveNextNextGaussian) {
            haveNextNextGaussian = false;
            return nextNextGaussian;
        }
        double v1, v2, s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = Math.sqrt(-2 * Math.log(s) / s);
        nextNextGaussian = v2 * multiplier;
        haveNextNextGaussian = true;
        return v1 * multiplier;
    }
}
