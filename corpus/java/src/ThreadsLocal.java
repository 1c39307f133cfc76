/** ThreadLocal (withInitial, an initialValue override, set, remove) per thread; default thread
 *  names; Thread.holdsLock; isInterrupted / interrupted; a daemon thread that never ends does not
 *  keep the program alive. */
public class ThreadsLocal {
    static final ThreadLocal<StringBuilder> buffer = ThreadLocal.withInitial(StringBuilder::new);
    static int made;
    static final ThreadLocal<Integer> serial = new ThreadLocal<>() {
        @Override
        protected Integer initialValue() {
            return ++made;
        }
    };

    public static void main(String[] args) throws Exception {
        String[] results = new String[3];
        Thread[] ts = new Thread[3];
        for (int k = 0; k < 3; k++) {
            final int id = k;
            ts[k] = new Thread(() -> {
                for (int i = 0; i < 3; i++) {
                    buffer.get().append(id).append(i);
                    Thread.yield();
                }
                results[id] = Thread.currentThread().getName() + " " + buffer.get();
            });
        }
        for (Thread t : ts) t.start();
        for (Thread t : ts) t.join();
        for (String r : results) System.out.println(r);
        buffer.get().append("main");
        System.out.println(Thread.currentThread().getName() + " " + buffer.get());
        buffer.remove();
        System.out.println("after remove '" + buffer.get() + "'");
        System.out.println("serial " + serial.get());
        serial.set(42);
        System.out.println("serial " + serial.get());

        Object lock = new Object();
        System.out.println("holds before " + Thread.holdsLock(lock));
        synchronized (lock) {
            System.out.println("holds inside " + Thread.holdsLock(lock));
        }

        Thread.currentThread().interrupt();
        System.out.println("isInterrupted " + Thread.currentThread().isInterrupted());
        System.out.println("interrupted " + Thread.interrupted() + " then " + Thread.interrupted());

        Thread daemon = new Thread(() -> {
            while (true) {
                try {
                    Thread.sleep(1000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        daemon.setDaemon(true);
        daemon.start();
        System.out.println("daemon " + daemon.isDaemon() + " " + daemon.getName());
    }
}
