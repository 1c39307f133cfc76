/** A real deadlock: two threads take two monitors in opposite orders, each sleeping while it
 *  holds the first. HotSpot hangs forever; rootvm sees every thread blocked and stops with a
 *  `rootvm: deadlock` message naming what each thread waits in, and exit status 1. */
public class Deadlock {
    static final Object left = new Object(), right = new Object();

    static void take(Object first, Object second, String name) {
        synchronized (first) {
            System.out.println(name + " holds its first monitor");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (second) {
                System.out.println(name + " holds both");
            }
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Thread a = new Thread(() -> take(left, right, "a"), "a");
        Thread b = new Thread(() -> take(right, left, "b"), "b");
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println("not reached");
    }
}
