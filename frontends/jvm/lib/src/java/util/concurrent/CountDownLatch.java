package java.util.concurrent;

/** `await` blocks the thread until the count reaches zero (green threads, java/lang/Thread.java). */
public class CountDownLatch {
    private long count;
    public CountDownLatch(int count) {
        if (count < 0) throw new IllegalArgumentException("count < 0");
        this.count = count;
    }
    public void await() throws InterruptedException {
        while (count > 0) Thread.rootWait(this, -1, "CountDownLatch.await()");
    }
    public boolean await(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = Thread.rootNow() + unit.toMillis(timeout);
        while (count > 0 && Thread.rootNow() < deadline) {
            Thread.rootWait(this, deadline - Thread.rootNow(), "CountDownLatch.await()");
        }
        return count == 0;
    }
    public void countDown() {
        if (count > 0 && --count == 0) Thread.notifyAllOn(this);
    }
    public long getCount() { return count; }
    public String toString() { return super.toString() + "[Count = " + count + "]"; }
}
