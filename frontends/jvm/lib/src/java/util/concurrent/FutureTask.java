package java.util.concurrent;

/** A task and its result. `get()` of a task not run yet runs the scheduler's queued threads
 *  until it has run (its own thread included). */
public class FutureTask<V> implements Runnable, Future<V> {
    private Callable<V> callable;
    private V result;
    private Throwable failure;
    private boolean done, cancelled;
    Thread thread;

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
    }
    public boolean cancel(boolean mayInterruptIfRunning) {
        if (done) return false;
        done = true;
        cancelled = true;
        return true;
    }
    public boolean isCancelled() { return cancelled; }
    public boolean isDone() { return done; }
    public V get() throws InterruptedException, ExecutionException {
        if (!done && thread != null) thread.join();
        while (!done) Thread.awaitOthers("Future.get()");
        if (cancelled) throw new CancellationException();
        if (failure != null) throw new ExecutionException(failure);
        return result;
    }
    public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        if (!done && thread != null) thread.join();
        if (!done) throw new TimeoutException();
        return get();
    }
}
