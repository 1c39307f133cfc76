package java.util.concurrent;

/** Executor factories: every pool is a ThreadPoolExecutor of rootvm's scheduler. */
public class Executors {
    private Executors() {}
    public static ExecutorService newFixedThreadPool(int n) {
        if (n <= 0) throw new IllegalArgumentException();
        return new ThreadPoolExecutor(n);
    }
    public static ExecutorService newSingleThreadExecutor() { return new ThreadPoolExecutor(1); }
    public static ExecutorService newCachedThreadPool() { return new ThreadPoolExecutor(0); }
    public static ExecutorService newWorkStealingPool() { return new ThreadPoolExecutor(0); }
    public static ExecutorService newWorkStealingPool(int n) { return new ThreadPoolExecutor(n); }
    public static <T> Callable<T> callable(Runnable task, T result) {
        return () -> {
            task.run();
            return result;
        };
    }
}
