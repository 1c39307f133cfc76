import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/** Threads that take turns through a queue of capacity 1: the producer blocks on the full
 *  queue, the consumer on the empty one, each in turn (green threads). Prints 0..9. */
public class PingPong {
    public static void main(String[] args) throws InterruptedException {
        BlockingQueue<Integer> q = new ArrayBlockingQueue<>(1);
        Thread producer = new Thread(() -> {
            try {
                for (int i = 0; i < 10; i++) q.put(i);
            } catch (InterruptedException e) {
                return;
            }
        });
        Thread consumer = new Thread(() -> {
            try {
                for (int i = 0; i < 10; i++) System.out.println(q.take());
            } catch (InterruptedException e) {
                return;
            }
        });
        producer.start();
        consumer.start();
        producer.join();
        consumer.join();
    }
}
