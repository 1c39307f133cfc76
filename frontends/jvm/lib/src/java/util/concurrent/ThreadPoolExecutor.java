package java.util.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A pool whose tasks are threads of rootvm's scheduler (java/lang/Thread.java), named as the
 *  JDK's pool threads (`pool-N-thread-M`); task k runs on worker `k % size + 1`, each task
 *  when something waits for it (`Future.get`, `awaitTermination`, `invokeAll`, the end of
 *  `main`). */
public class ThreadPoolExecutor implements ExecutorService {
    private static int pools;
    private final int pool;
    private final int size;
    private int submitted;
    private boolean shutdown;
    private final ArrayList<Thread> workers = new ArrayList<>();

    ThreadPoolExecutor(int size) {
        this.pool = ++pools;
        this.size = size;
    }
    public void execute(Runnable command) {
        if (command == null) throw new NullPointerException();
        if (shutdown) throw new RejectedExecutionException("Task " + command + " rejected: the executor is shut down");
        int worker = size > 0 ? submitted % size + 1 : submitted + 1;
        submitted++;
        Thread t = new Thread(command, "pool-" + pool + "-thread-" + worker);
        workers.add(t);
        t.start();
    }
    private <T> FutureTask<T> queue(FutureTask<T> task) {
        execute(task);
        task.thread = workers.get(workers.size() - 1);
        return task;
    }
    public <T> Future<T> submit(Callable<T> task) { return queue(new FutureTask<>(task)); }
    public <T> Future<T> submit(Runnable task, T result) { return queue(new FutureTask<>(task, result)); }
    public Future<?> submit(Runnable task) { return queue(new FutureTask<Object>(task, null)); }
    public <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException {
        List<Future<T>> out = new ArrayList<>();
        for (Callable<T> c : tasks) out.add(submit(c));
        for (Future<T> f : out) ((FutureTask<T>) f).thread.join();
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
    public void shutdown() { shutdown = true; }
    public List<Runnable> shutdownNow() {
        shutdown = true;
        return new ArrayList<>();
    }
    public boolean isShutdown() { return shutdown; }
    public boolean isTerminated() {
        if (!shutdown) return false;
        for (Thread t : workers) if (t.isAlive()) return false;
        return true;
    }
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        for (int k = 0; k < workers.size(); k++) workers.get(k).join();
        return shutdown;
    }
}
