package java.util.concurrent;

/** A task and its result. `get()` blocks the thread until the task has run (green threads,
 *  java/lang/Thread.java). */
public class FutureTask<V> implements Runnable, Future<V> {
    private Callable<V> callable;
    private V result;
    private Throwable failure;
    private boolean done, cancelled;

    public FutureTask(Callable<V> callable) {
        if (callable == null) throw new NullPointerException();
        this.callable = callable;
    }
    public FutureTask(Runnable task, V result) {
        if (task == null) throw new NullPointerException();
        this.callable = () -> {
            task.run();
            return result;
        };
    }
    public void run() {
        if (done) return;
        try {
            result = callable.call();
        } catch (Throwable t) {
            failure = t;
        }
        done = true;
        Thread.notifyAllOn(this);
    }
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (done) return false;
        done = true;
        cancelled = true;
        Thread.notifyAllOn(this);
        return true;
    }
    public boolean isCancelled() { return cancelled; }
    public boolean isDone() { return done; }
    public V get() throws InterruptedException, ExecutionException {
        while (!done) Thread.rootWait(this, -1, "Future.get()");
        if (cancelled) throw new CancellationException();
        if (failure != null) throw new ExecutionException(failure);
        return result;
    }
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = Thread.rootNow() + unit.toMillis(timeout);
        while (!done && Thread.rootNow() < deadline) Thread.rootWait(this, deadline - Thread.rootNow(), "Future.get()");
        if (!done) throw new TimeoutException();
        return get();
    }
}
