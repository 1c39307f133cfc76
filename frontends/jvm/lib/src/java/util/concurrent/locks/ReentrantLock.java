package java.util.concurrent.locks;

/** A lock for threads that run one at a time: it counts holds; a condition's `await` is
 *  `Object.wait` (it runs queued threads, java/lang/Thread.java). */
public class ReentrantLock implements Lock {
    private int holds;
    public ReentrantLock() {}
    public ReentrantLock(boolean fair) {}
    public void lock() { holds++; }
    public void lockInterruptibly() { holds++; }
    public boolean tryLock() {
        holds++;
        return true;
    }
    public void unlock() {
        if (holds == 0) throw new IllegalMonitorStateException();
        holds--;
    }
    public boolean isLocked() { return holds > 0; }
    public boolean isHeldByCurrentThread() { return holds > 0; }
    public int getHoldCount() { return holds; }
    public Condition newCondition() {
        return new Condition() {
            public void await() throws InterruptedException { Thread.awaitOthers("Condition.await()"); }
            public void signal() {}
            public void signalAll() {}
        };
    }
}
