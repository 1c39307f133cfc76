import java.util.*;
import java.util.concurrent.*;

public class LibCompletableAsync {
    static int slow(int x) {
        try {
            Thread.sleep(3);
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        return x;
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        Executor direct = Runnable::run;
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> slow(20));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> slow(22), pool);
        CompletableFuture<Integer> sum = a.thenCombine(b, Integer::sum);
        System.out.println("combine " + sum.join());
        System.out.println("combineAsync " + a.thenCombineAsync(b, (x, y) -> x * y, pool).get());
        CompletableFuture<Void> ran = CompletableFuture.runAsync(() -> slow(1));
        System.out.println("runAsync " + ran.join());
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> ranOnPool = CompletableFuture.runAsync(() -> seen.add("pool task"), pool);
        ranOnPool.join();
        System.out.println("runAsync(pool) " + seen);
        CompletableFuture<String> chain = CompletableFuture.supplyAsync(() -> slow(5))
            .thenApplyAsync(x -> x * 3)
            .thenApplyAsync(x -> "v" + x, pool)
            .thenComposeAsync(s -> CompletableFuture.supplyAsync(() -> s + "!"))
            .thenComposeAsync(s -> CompletableFuture.completedFuture(s + "?"), pool);
        System.out.println("chain " + chain.join());
        StringBuilder log = new StringBuilder();
        CompletableFuture<Void> accepted = chain.thenAcceptAsync(s -> log.append("accepted ").append(s));
        accepted.join();
        chain.thenAcceptAsync(s -> log.append(" / again ").append(s.length()), direct).join();
        chain.thenRunAsync(() -> log.append(" / ran"), pool).join();
        System.out.println(log);
        List<CompletableFuture<Integer>> parts = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            int n = i;
            parts.add(CompletableFuture.supplyAsync(() -> slow(n) * n, i % 2 == 0 ? pool : ForkJoinPoolLess.DEFAULT));
        }
        CompletableFuture.allOf(parts.toArray(new CompletableFuture[0])).join();
        int total = 0;
        for (CompletableFuture<Integer> f : parts) total += f.join();
        System.out.println("allOf total " + total);
        CompletableFuture<Object> any = CompletableFuture.anyOf(CompletableFuture.completedFuture("ready"), new CompletableFuture<>());
        System.out.println("anyOf " + any.join());
        CompletableFuture<Integer> bad = CompletableFuture.supplyAsync(() -> {
            if (slow(1) == 1) throw new IllegalArgumentException("bad input");
            return 0;
        }, pool);
        System.out.println("exceptionally " + bad.exceptionally(t -> t.getCause().getMessage().length()).join());
        System.out.println("handleAsync " + bad.handleAsync((v, t) -> t == null ? "ok" : "failed: " + t.getCause().getMessage()).join());
        System.out.println("handle ok " + a.handle((v, t) -> v + " " + t).join());
        CompletableFuture<Integer> mapped = bad.thenApplyAsync(x -> x + 1, pool);
        try {
            mapped.join();
        } catch (CompletionException e) {
            System.out.println("join: " + e.getCause());
        }
        try {
            mapped.get();
        } catch (ExecutionException e) {
            System.out.println("get: " + e.getCause());
        }
        CompletableFuture<Integer> whenDone = a.whenCompleteAsync((v, t) -> log.append(" / when ").append(v));
        System.out.println("whenCompleteAsync " + whenDone.join() + log.substring(log.lastIndexOf("/")));
        CompletableFuture<Integer> throwing = a.whenComplete((v, t) -> { throw new IllegalStateException("in action"); });
        System.out.println("whenComplete throws " + throwing.isCompletedExceptionally());
        CompletableFuture<Integer> stillBad = bad.whenComplete((v, t) -> { throw new IllegalStateException("ignored"); });
        try {
            stillBad.join();
        } catch (CompletionException e) {
            System.out.println("kept: " + e.getCause().getMessage());
        }
        pool.shutdown();
        System.out.println("done");
    }

    static class ForkJoinPoolLess {
        static final Executor DEFAULT = r -> new Thread(r).start();
    }
}
