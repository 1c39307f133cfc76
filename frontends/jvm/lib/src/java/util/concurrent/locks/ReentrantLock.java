package java.util.concurrent.locks;

/** A lock with an owner and a hold count: `lock` blocks the thread while another holds it
 *  (green threads, java/lang/Thread.java). A condition's `await` releases the lock, waits for
 *  `signal` / `signalAll` and takes the lock back. */
public class ReentrantLock implements Lock {
    private Thread owner;
    private int holds;
    public ReentrantLock() {}
    public ReentrantLock(boolean fair) {}
    public void lock() {
        Thread me = Thread.currentThread();
        while (owner != null && owner != me) Thread.rootBlock(this, -1, "ReentrantLock.lock()");
        owner = me;
        holds++;
    }
    public void lockInterruptibly() throws InterruptedException {
        Thread me = Thread.currentThread();
        while (owner != null && owner != me) Thread.rootWait(this, -1, "ReentrantLock.lockInterruptibly()");
        owner = me;
        holds++;
    }
    public boolean tryLock() {
        Thread me = Thread.currentThread();
        if (owner != null && owner != me) return false;
        owner = me;
        holds++;
        return true;
    }
    public void unlock() {
        if (owner != Thread.currentThread()) throw new IllegalMonitorStateException();
        if (--holds == 0) {
            owner = null;
            Thread.notifyOn(this);
        }
    }
    public boolean isLocked() { return owner != null; }
    public boolean isHeldByCurrentThread() { return owner == Thread.currentThread(); }
    public int getHoldCount() { return owner == Thread.currentThread() ? holds : 0; }
    public Condition newCondition() { return new Cond(); }

    private class Cond implements Condition {
        public void await() throws InterruptedException {
            if (owner != Thread.currentThread()) throw new IllegalMonitorStateException();
            int saved = holds;
            holds = 0;
            owner = null;
            Thread.notifyOn(ReentrantLock.this);
            try {
                Thread.rootWait(this, -1, "Condition.await()");
            } finally {
                lock();
                holds = saved;
            }
        }
        public void signal() {
            if (owner != Thread.currentThread()) throw new IllegalMonitorStateException();
            Thread.notifyOn(this);
        }
        public void signalAll() {
            if (owner != Thread.currentThread()) throw new IllegalMonitorStateException();
            Thread.notifyAllOn(this);
        }
    }
}
