package java.util.concurrent;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/** The basics of the JDK's `CompletableFuture` on the library's threads (docs/jvm.md,
 *  "Threads"): a result or a failure, set once; the stages waiting for it run when it is set
 *  (on the completing thread, as the JDK runs dependents that are not async). `join` and `get`
 *  wait with `Object.wait` until it is set. Async tasks without an executor run on a daemon
 *  thread each, as the JDK's common pool runs them on daemon workers. A failure of a stage is
 *  kept as a `CompletionException` wrapping the cause, as the JDK keeps it. */
public class CompletableFuture<T> implements Future<T>, CompletionStage<T> {
    private static int workers;
    private Object result;
    private Throwable failure;
    private boolean done;
    private List<Runnable> waiting = new ArrayList<>();

    public CompletableFuture() {}

    public static <U> CompletableFuture<U> completedFuture(U value) {
        CompletableFuture<U> f = new CompletableFuture<>();
        f.complete(value);
        return f;
    }

    public static <U> CompletableFuture<U> failedFuture(Throwable ex) {
        CompletableFuture<U> f = new CompletableFuture<>();
        f.completeExceptionally(ex);
        return f;
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {
        return supplyAsync(supplier, CompletableFuture::startDaemon);
    }

    public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {
        CompletableFuture<U> f = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                f.complete(supplier.get());
            } catch (Throwable t) {
                f.fail(wrap(t));
            }
        });
        return f;
    }

    public static CompletableFuture<Void> runAsync(Runnable task) { return runAsync(task, CompletableFuture::startDaemon); }

    public static CompletableFuture<Void> runAsync(Runnable task, Executor executor) {
        return supplyAsync(() -> {
            task.run();
            return null;
        }, executor);
    }

    private static void startDaemon(Runnable task) {
        Thread t = new Thread(task, "ForkJoinPool.commonPool-worker-" + (++workers));
        t.setDaemon(true);
        t.start();
    }

    static CompletionException wrap(Throwable t) {
        return t instanceof CompletionException ? (CompletionException) t : new CompletionException(t);
    }

    public boolean complete(T value) { return settle(value, null); }

    public boolean completeExceptionally(Throwable ex) {
        if (ex == null) throw new NullPointerException();
        return settle(null, ex);
    }

    private void fail(Throwable ex) { settle(null, ex); }

    private boolean settle(Object value, Throwable ex) {
        List<Runnable> run;
        synchronized (this) {
            if (done) return false;
            result = value;
            failure = ex;
            done = true;
            run = waiting;
            waiting = null;
            notifyAll();
        }
        for (Runnable r : run) r.run();
        return true;
    }

    /** Runs `action` once this future is settled (now, if it is). */
    private void whenSettled(Runnable action) {
        synchronized (this) {
            if (!done) {
                waiting.add(action);
                return;
            }
        }
        action.run();
    }

    public boolean isDone() { return done; }
    public boolean isCompletedExceptionally() { return done && failure != null; }
    public boolean isCancelled() { return failure instanceof CancellationException; }
    public boolean cancel(boolean mayInterrupt) {
        return settle(null, new CancellationException()) || isCancelled();
    }

    private synchronized void await() {
        while (!done) {
            try {
                wait();
            } catch (InterruptedException e) {
                // waits again, as the JDK's join does
            }
        }
    }

    @SuppressWarnings("unchecked")
    public T join() {
        await();
        if (failure == null) return (T) result;
        if (failure instanceof CancellationException) throw (CancellationException) failure;
        throw wrap(failure);
    }

    @SuppressWarnings("unchecked")
    public T get() throws InterruptedException, ExecutionException {
        await();
        if (failure == null) return (T) result;
        if (failure instanceof CancellationException) throw (CancellationException) failure;
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        throw new ExecutionException(cause);
    }

    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        return get();
    }

    @SuppressWarnings("unchecked")
    public T getNow(T valueIfAbsent) { return done ? join() : valueIfAbsent; }

    /** One step of a dependent stage: given this stage's value (and failure, for the steps that
     *  see failures), settles `next` (now or later). */
    private interface Step<T, U> {
        void run(T value, Throwable failure, CompletableFuture<U> next) throws Throwable;
    }

    /** The dependent stage of `step`: once this future is settled, `step` runs (on `executor`
     *  when there is one, else on the completing thread). When this future failed and
     *  `seesFailure` is false, the failure is forwarded wrapped instead; a step that throws
     *  fails the next stage with a `CompletionException`. */
    @SuppressWarnings("unchecked")
    private <U> CompletableFuture<U> dependent(Executor executor, boolean seesFailure, Step<? super T, U> step) {
        CompletableFuture<U> next = new CompletableFuture<>();
        Runnable body = () -> {
            if (failure != null && !seesFailure) {
                next.fail(wrap(failure));
                return;
            }
            try {
                step.run(failure == null ? (T) result : null, failure, next);
            } catch (Throwable t) {
                next.fail(wrap(t));
            }
        };
        whenSettled(executor == null ? body : () -> executor.execute(body));
        return next;
    }

    /** The executor of the `*Async` stages without one: the common pool's daemon workers. */
    private static Executor asyncPool() { return CompletableFuture::startDaemon; }

    public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {
        return thenApplyAsync(fn, null);
    }

    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn) {
        return thenApplyAsync(fn, asyncPool());
    }

    public <U> CompletableFuture<U> thenApplyAsync(Function<? super T, ? extends U> fn, Executor executor) {
        return dependent(executor, false, (v, f, next) -> next.complete(fn.apply(v)));
    }

    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) { return thenAcceptAsync(action, null); }

    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action) {
        return thenAcceptAsync(action, asyncPool());
    }

    public CompletableFuture<Void> thenAcceptAsync(Consumer<? super T> action, Executor executor) {
        return dependent(executor, false, (v, f, next) -> {
            action.accept(v);
            next.complete(null);
        });
    }

    public CompletableFuture<Void> thenRun(Runnable action) { return thenRunAsync(action, null); }

    public CompletableFuture<Void> thenRunAsync(Runnable action) { return thenRunAsync(action, asyncPool()); }

    public CompletableFuture<Void> thenRunAsync(Runnable action, Executor executor) {
        return dependent(executor, false, (v, f, next) -> {
            action.run();
            next.complete(null);
        });
    }

    @SuppressWarnings("unchecked")
    public <U, V> CompletableFuture<V> thenCombine(CompletionStage<? extends U> stage,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return thenCombineAsync(stage, fn, null);
    }

    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> stage,
            BiFunction<? super T, ? super U, ? extends V> fn) {
        return thenCombineAsync(stage, fn, asyncPool());
    }

    @SuppressWarnings("unchecked")
    public <U, V> CompletableFuture<V> thenCombineAsync(CompletionStage<? extends U> stage,
            BiFunction<? super T, ? super U, ? extends V> fn, Executor executor) {
        CompletableFuture<? extends U> other = stage.toCompletableFuture();
        return dependent(null, false, (v, f, next) -> other.whenSettled(() -> {
            CompletableFuture<V> combined = other.dependent(executor, false, (u, g, n) -> n.complete(fn.apply(v, u)));
            combined.whenSettled(() -> next.settle(combined.result, combined.failure));
        }));
    }

    public <U> CompletableFuture<Void> thenAcceptBoth(CompletionStage<? extends U> other,
            BiConsumer<? super T, ? super U> action) {
        return thenCombine(other, (a, b) -> {
            action.accept(a, b);
            return null;
        });
    }

    public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletionStage<U>> fn) {
        return thenComposeAsync(fn, null);
    }

    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn) {
        return thenComposeAsync(fn, asyncPool());
    }

    public <U> CompletableFuture<U> thenComposeAsync(Function<? super T, ? extends CompletionStage<U>> fn,
            Executor executor) {
        return dependent(executor, false, (v, f, next) -> {
            CompletableFuture<U> inner = fn.apply(v).toCompletableFuture();
            inner.whenSettled(() -> next.settle(inner.result, inner.failure == null ? null : wrap(inner.failure)));
        });
    }

    @SuppressWarnings("unchecked")
    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {
        return dependent(null, true, (v, f, next) -> next.complete(f == null ? (T) result : fn.apply(f)));
    }

    public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {
        return handleAsync(fn, null);
    }

    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn) {
        return handleAsync(fn, asyncPool());
    }

    public <U> CompletableFuture<U> handleAsync(BiFunction<? super T, Throwable, ? extends U> fn, Executor executor) {
        return dependent(executor, true, (v, f, next) -> next.complete(fn.apply(v, f)));
    }

    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {
        return whenCompleteAsync(action, null);
    }

    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action) {
        return whenCompleteAsync(action, asyncPool());
    }

    /** The action's own exception fails the stage only when this future did not fail. */
    public CompletableFuture<T> whenCompleteAsync(BiConsumer<? super T, ? super Throwable> action, Executor executor) {
        return dependent(executor, true, (v, f, next) -> {
            try {
                action.accept(v, f);
            } catch (Throwable t) {
                if (f == null) throw t;
            }
            next.settle(result, f == null ? null : wrap(f));
        });
    }

    public static CompletableFuture<Void> allOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Void> all = completedFuture(null);
        for (CompletableFuture<?> f : cfs) {
            all = all.thenCombine(f, (a, b) -> null);
        }
        return all;
    }

    public static CompletableFuture<Object> anyOf(CompletableFuture<?>... cfs) {
        CompletableFuture<Object> any = new CompletableFuture<>();
        for (CompletableFuture<?> f : cfs) {
            f.whenSettled(() -> any.settle(f.result, f.failure == null ? null : wrap(f.failure)));
        }
        return any;
    }

    public CompletableFuture<T> toCompletableFuture() { return this; }

    public String toString() {
        String state = !done ? "[Incomplete]" : failure != null ? "[Completed exceptionally: " + failure + "]" : "[Completed normally]";
        return "java.util.concurrent.CompletableFuture@" + Integer.toHexString(hashCode()) + state;
    }
}
