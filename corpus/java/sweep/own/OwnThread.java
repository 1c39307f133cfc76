/** A program whose jar brings its own java.lang.Thread: monitors and Class.forName still work. */
public class OwnThread {
    public static void main(String[] args) throws Exception {
        Object lock = new Object();
        synchronized (lock) {
            lock.notify();
            lock.notifyAll();
            lock.wait(5);
            lock.wait(0, 500);
        }
        try {
            Class.forName("no.Such");
        } catch (ClassNotFoundException e) {
            System.out.println("missing " + e.getMessage());
        }
        try {
            lock.wait(-1);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.println("waiting");
        synchronized (lock) {
            lock.wait();
        }
        System.out.println("never");
    }
}
