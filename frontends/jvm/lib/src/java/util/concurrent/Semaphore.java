package java.util.concurrent;

/** Permits; `acquire` without enough permits blocks the thread until `release` (green threads,
 *  java/lang/Thread.java). */
public class Semaphore {
    private int permits;
    public Semaphore(int permits) { this.permits = permits; }
    public Semaphore(int permits, boolean fair) { this.permits = permits; }
    public void acquire() throws InterruptedException { acquire(1); }
    public void acquire(int n) throws InterruptedException {
        if (n < 0) throw new IllegalArgumentException();
        while (permits < n) Thread.rootWait(this, -1, "Semaphore.acquire()");
        permits -= n;
    }
    public void acquireUninterruptibly() {
        while (permits < 1) Thread.rootBlock(this, -1, "Semaphore.acquire()");
        permits--;
    }
    public boolean tryAcquire() { return tryAcquire(1); }
    public boolean tryAcquire(int n) {
        if (permits < n) return false;
        permits -= n;
        return true;
    }
    public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException { return tryAcquire(1, timeout, unit); }
    public boolean tryAcquire(int n, long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = Thread.rootNow() + unit.toMillis(timeout);
        while (permits < n && Thread.rootNow() < deadline) {
            Thread.rootWait(this, deadline - Thread.rootNow(), "Semaphore.tryAcquire()");
        }
        return tryAcquire(n);
    }
    public void release() { release(1); }
    public void release(int n) {
        if (n < 0) throw new IllegalArgumentException();
        permits += n;
        Thread.notifyAllOn(this);
    }
    public int availablePermits() { return permits; }
    public String toString() { return super.toString() + "[Permits = " + permits + "]"; }
}
