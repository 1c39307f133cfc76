package java.util.concurrent;

/** `await` runs queued threads until the count reaches zero (java/lang/Thread.java). */
public class CountDownLatch {
    private long count;
    public CountDownLatch(int count) {
        if (count < 0) throw new IllegalArgumentException("count < 0");
        this.count = count;
    }
    public void await() throws InterruptedException {
        while (count > 0) Thread.awaitOthers("CountDownLatch.await()");
    }
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        while (count > 0 && Thread.runQueuedThread()) {}
        return count == 0;
    }
    public void countDown() {
        if (count > 0) count--;
    }
    public long getCount() { return count; }
    public String toString() { return super.toString() + "[Count = " + count + "]"; }
}
