/** `getStackTrace()` of threads: the current one in a started thread, and threads not alive. */
public class TraceThreads {
    static void work(String who) {
        StackTraceElement[] t = Thread.currentThread().getStackTrace();
        System.out.println(who + " " + t.length);
        for (StackTraceElement e : t) System.out.println("  " + e);
        Exception e = new Exception(who);
        e.printStackTrace(System.out);
    }

    public static void main(String[] args) throws InterruptedException {
        Thread t = new Thread(() -> work("lambda"), "w");
        System.out.println("unstarted " + t.getStackTrace().length);
        t.start();
        t.join();
        System.out.println("ended " + t.getStackTrace().length);
        Thread sub = new Thread() {
            @Override public void run() { work("subclass"); }
        };
        sub.start();
        sub.join();
        work("main");
    }
}
