/** The end of a program with threads: an uncaught exception in a thread is printed and the
 *  program goes on; when main throws, its exception is printed and the other (non-daemon)
 *  threads still finish; a daemon that never ends does not keep the program alive; exit
 *  status 1 for main's exception. */
public class ThreadsMainThrows {
    static int fail(int x) {
        if (x > 2) throw new IllegalStateException("thread fails at " + x);
        return fail(x + 1);
    }

    public static void main(String[] args) throws InterruptedException {
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
        Thread failing = new Thread(() -> System.out.println(fail(0)), "failing");
        failing.start();
        failing.join();
        System.out.println("failing alive " + failing.isAlive() + ", daemon " + daemon.isDaemon());
        Thread worker = new Thread(() -> {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("worker finishes after main threw");
        });
        worker.start();
        throw new RuntimeException("main fails");
    }
}
