package java.util.concurrent;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A pool of worker threads (green threads, java/lang/Thread.java) named as the JDK's
 *  (`pool-N-thread-M`). As in the JDK, a task submitted while the pool has fewer than `size`
 *  workers starts a new worker; later tasks wait in a queue that idle workers take from. A
 *  cached pool (`size` 0) starts a worker whenever no idle one is left; its idle workers end
 *  after 60 seconds (of virtual time). A task that throws ends its worker (the exception is
 *  printed as uncaught) and a new worker takes the queue. */
public class ThreadPoolExecutor implements ExecutorService {
    private static int pools;
    private final int pool;
    private final int size;
    private int started, alive, idle;
    private boolean shutdown;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();

    ThreadPoolExecutor(int size) {
        this.pool = ++pools;
        this.size = size;
    }
    public void execute(Runnable command) {
        if (command == null) throw new NullPointerException();
        if (shutdown) throw new RejectedExecutionException("Task " + command + " rejected: the executor is shut down");
        if (size > 0 ? alive < size : tasks.size() >= idle) {
            addWorker(command);
        } else {
            tasks.add(command);
            Thread.notifyOn(tasks);
        }
    }
    private void addWorker(Runnable first) {
        alive++;
        new Thread(() -> work(first), "pool-" + pool + "-thread-" + ++started).start();
    }
    private void work(Runnable first) {
        Runnable task = first;
        boolean completed = false;
        try {
            while (task != null) {
                task.run();
                task = next();
            }
            completed = true;
        } finally {
            alive--;
            if (!completed && !tasks.isEmpty()) addWorker(null);
            Thread.notifyAllOn(this);
        }
    }
    /** The next queued task, waiting while there is none; `null` once the pool is shut down (or
     *  a cached pool's worker has idled for 60 s). */
    private Runnable next() {
        while (tasks.isEmpty() && !shutdown) {
            idle++;
            boolean woken = Thread.rootBlock(tasks, size == 0 ? 60000 : -1, "ThreadPoolExecutor (an idle pool thread)");
            idle--;
            if (!woken && tasks.isEmpty()) return null;
        }
        return tasks.poll();
    }
    public <T> Future<T> submit(Callable<T> task) {
        FutureTask<T> f = new FutureTask<>(task);
        execute(f);
        return f;
    }
    public <T> Future<T> submit(Runnable task, T result) {
        FutureTask<T> f = new FutureTask<>(task, result);
        execute(f);
        return f;
    }
    public Future<?> submit(Runnable task) { return submit(task, null); }
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        List<Future<T>> out = new ArrayList<>();
        for (Callable<T> c : tasks) out.add(submit(c));
        for (Future<T> f : out) {
            try {
                f.get();
            } catch (ExecutionException e) {
                // invokeAll returns the failed future as it is.
            }
        }
        return out;
    }
    public <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException {
        ExecutionException last = null;
        for (Callable<T> c : tasks) {
            try {
                return submit(c).get();
            } catch (ExecutionException e) {
                last = e;
            }
        }
        if (last != null) throw last;
        throw new IllegalArgumentException();
    }
    public void shutdown() {
        shutdown = true;
        Thread.notifyAllOn(tasks);
    }
    public List<Runnable> shutdownNow() {
        shutdown = true;
        List<Runnable> left = new ArrayList<>(tasks);
        tasks.clear();
        Thread.notifyAllOn(tasks);
        return left;
    }
    public boolean isShutdown() { return shutdown; }
    public boolean isTerminated() { return shutdown && alive == 0; }
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = Thread.rootNow() + unit.toMillis(timeout);
        while (!isTerminated() && Thread.rootNow() < deadline) {
            Thread.rootWait(this, deadline - Thread.rootNow(), "ExecutorService.awaitTermination()");
        }
        return isTerminated();
    }
}
