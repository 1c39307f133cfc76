public class ThreadTrace {
    static void work(int n) {
        if (n == 3) {
            throw new IllegalStateException("bad n " + n);
        }
        System.out.println("work " + n);
    }

    public static void main(String[] args) throws Exception {
        Thread t = new Thread(() -> work(3));
        t.start();
        t.join();
        Thread u = new Thread(() -> {
            try {
                work(3);
            } catch (IllegalStateException e) {
                e.printStackTrace(System.out);
            }
        }, "worker");
        u.start();
        u.join();
        Runnable r = () -> {
            int[] a = null;
            System.out.println(a.length);
        };
        Thread v = new Thread(r, "npe");
        v.start();
        v.join();
        System.out.println("done");
    }
}
