import java.lang.invoke.*;

public class LibVarHandles {
    volatile int count;
    volatile long total;
    volatile String name = "start";
    static volatile int hits;
    boolean flag;
    double weight = 1.5;

    static final VarHandle COUNT;
    static final VarHandle TOTAL;
    static final VarHandle NAME;
    static final VarHandle HITS;
    static final VarHandle FLAG;
    static final VarHandle WEIGHT;
    static final VarHandle INTS = MethodHandles.arrayElementVarHandle(int[].class);
    static final VarHandle LONGS = MethodHandles.arrayElementVarHandle(long[].class);
    static final VarHandle STRINGS = MethodHandles.arrayElementVarHandle(String[].class);

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            COUNT = l.findVarHandle(LibVarHandles.class, "count", int.class);
            TOTAL = l.findVarHandle(LibVarHandles.class, "total", long.class);
            NAME = l.findVarHandle(LibVarHandles.class, "name", String.class);
            HITS = l.findStaticVarHandle(LibVarHandles.class, "hits", int.class);
            FLAG = l.findVarHandle(LibVarHandles.class, "flag", boolean.class);
            WEIGHT = l.findVarHandle(LibVarHandles.class, "weight", double.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A lock-free counter as java.util.concurrent code writes one. */
    int increment() {
        int v;
        do {
            v = (int) COUNT.getVolatile(this);
        } while (!COUNT.compareAndSet(this, v, v + 1));
        return v + 1;
    }

    public static void main(String[] args) throws Exception {
        LibVarHandles o = new LibVarHandles();
        System.out.println("get " + (int) COUNT.get(o));
        COUNT.set(o, 5);
        System.out.println("set " + o.count + " " + (int) COUNT.getVolatile(o));
        COUNT.setVolatile(o, 6);
        System.out.println("cas " + COUNT.compareAndSet(o, 6, 10) + " " + COUNT.compareAndSet(o, 6, 11) + " " + o.count);
        System.out.println("getAndAdd " + (int) COUNT.getAndAdd(o, 5) + " " + o.count);
        System.out.println("getAndSet " + (int) COUNT.getAndSet(o, 100) + " " + o.count);
        System.out.println("exchange " + (int) COUNT.compareAndExchange(o, 100, 7) + " " + o.count);
        System.out.println("long " + (long) TOTAL.getAndAdd(o, 1L << 40) + " " + (long) TOTAL.get(o));
        System.out.println("long cas " + TOTAL.compareAndSet(o, 1L << 40, 3L) + " " + o.total);
        System.out.println("ref " + (String) NAME.get(o));
        String start = o.name;
        System.out.println("ref cas " + NAME.compareAndSet(o, start, "next") + " " + o.name);
        System.out.println("ref getAndSet " + (String) NAME.getAndSet(o, "last") + " " + o.name);
        HITS.set(3);
        System.out.println("static " + (int) HITS.get() + " " + (int) HITS.getAndAdd(4) + " " + hits);
        System.out.println("static cas " + HITS.compareAndSet(7, 8) + " " + hits);
        FLAG.set(o, true);
        System.out.println("boolean " + (boolean) FLAG.get(o) + " " + (boolean) FLAG.getAndBitwiseXor(o, true) + " " + o.flag);
        System.out.println("double " + (double) WEIGHT.getAndAdd(o, 2.25) + " " + o.weight);
        System.out.println("bits " + (int) COUNT.getAndBitwiseOr(o, 8) + " " + (int) COUNT.getAndBitwiseAnd(o, 12) + " " + o.count);
        int[] ints = {1, 2, 3};
        INTS.set(ints, 1, 20);
        System.out.println("ints " + (int) INTS.get(ints, 1) + " " + (int) INTS.getAndAdd(ints, 2, 10) + " " + ints[2]
            + " " + INTS.compareAndSet(ints, 0, 1, -1) + " " + ints[0]);
        long[] longs = new long[2];
        LONGS.setVolatile(longs, 0, 9L);
        System.out.println("longs " + (long) LONGS.getVolatile(longs, 0) + " " + (long) LONGS.getAndSet(longs, 0, 4L) + " " + longs[0]);
        String[] strings = {"a", null};
        System.out.println("strings " + STRINGS.compareAndSet(strings, 1, null, "b") + " " + (String) STRINGS.get(strings, 1));
        try {
            INTS.get(ints, 3);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("bounds " + e.getMessage());
        }
        o.count = 0;
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            threads[t] = new Thread(() -> {
                for (int i = 0; i < 250; i++) o.increment();
            });
            threads[t].start();
        }
        for (Thread t : threads) t.join();
        System.out.println("counter " + o.count);
        try {
            MethodHandles.lookup().findVarHandle(LibVarHandles.class, "missing", int.class);
        } catch (NoSuchFieldException e) {
            System.out.println("NSFE " + e.getMessage());
        }
    }
}
