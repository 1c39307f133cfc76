/** Busy-waiting on volatile fields terminates, as under HotSpot: the green threads are
 *  preempted. A worker spins until main (after a sleep) sets a flag, then main spins until the
 *  worker answers; two threads take strict turns through a volatile `turn` without ever
 *  blocking; a thread computing without a pause does not keep a sleeper from waking. */
public class ThreadsSpin {
    static volatile boolean flag;
    static volatile int stage;
    static volatile int turn;
    static volatile boolean stop;

    public static void main(String[] args) throws Exception {
        Thread worker = new Thread(() -> {
            long spins = 0;
            while (!flag) {
                spins++;
            }
            System.out.println("worker saw the flag");
            stage = 1;
        });
        worker.start();
        Thread.sleep(50);
        flag = true;
        while (stage == 0) {
            // spin until the worker answers
        }
        worker.join();
        System.out.println("main saw stage " + stage);

        StringBuilder log = new StringBuilder();
        Thread a = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                while (turn != 0) {}
                log.append("a").append(i).append(' ');
                turn = 1;
            }
        });
        Thread b = new Thread(() -> {
            for (int i = 0; i < 5; i++) {
                while (turn != 1) {}
                log.append("b").append(i).append(' ');
                turn = 0;
            }
        });
        a.start();
        b.start();
        a.join();
        b.join();
        System.out.println(log.toString().trim());

        // A counter that runs until told to stop; main sleeps, then stops it.
        long[] count = new long[1];
        Thread counter = new Thread(() -> {
            while (!stop) count[0]++;
        });
        counter.start();
        Thread.sleep(30);
        stop = true;
        counter.join();
        System.out.println("counter stopped: " + (count[0] > 0));

        // Three spinners each wait for their predecessor's stage.
        int[] order = new int[3];
        int[] pos = new int[1];
        Thread[] chain = new Thread[3];
        stage = 0;
        for (int k = 2; k >= 0; k--) {
            final int me = k;
            chain[k] = new Thread(() -> {
                while (stage != me) {}
                order[pos[0]++] = me;
                stage = me + 1;
            });
            chain[k].start();
        }
        for (Thread t : chain) t.join();
        System.out.println("chain order " + order[0] + " " + order[1] + " " + order[2]);
    }
}
