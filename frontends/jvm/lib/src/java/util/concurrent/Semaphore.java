package java.util.concurrent;

/** Permits; `acquire` without a permit runs queued threads until one is released. */
public class Semaphore {
    private int permits;
    public Semaphore(int permits) { this.permits = permits; }
    public Semaphore(int permits, boolean fair) { this.permits = permits; }
    public void acquire() throws InterruptedException { acquire(1); }
    public void acquire(int n) throws InterruptedException {
        while (permits < n) Thread.awaitOthers("Semaphore.acquire()");
        permits -= n;
    }
    public boolean tryAcquire() {
        if (permits < 1) return false;
        permits--;
        return true;
    }
    public void release() { permits++; }
    public void release(int n) { permits += n; }
    public int availablePermits() { return permits; }
}
