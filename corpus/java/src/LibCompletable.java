import java.util.*;
import java.util.concurrent.*;

public class LibCompletable {
    static int slowSquare(int x) {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            throw new RuntimeException(e);
        }
        return x * x;
    }

    public static void main(String[] args) throws Exception {
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> slowSquare(3));
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> slowSquare(4));
        CompletableFuture<Integer> sum = a.thenCombine(b, Integer::sum);
        System.out.println("sum " + sum.join() + " " + sum.get() + " " + sum.isDone());
        CompletableFuture<String> text = a.thenApply(x -> x + 1).thenApply(x -> "value=" + x);
        System.out.println(text.get());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<CompletableFuture<Integer>> fs = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            int n = i;
            fs.add(CompletableFuture.supplyAsync(() -> n * 10, pool));
        }
        int total = 0;
        for (CompletableFuture<Integer> f : fs) total += f.join();
        System.out.println("total " + total);
        CompletableFuture.allOf(fs.toArray(new CompletableFuture[0])).join();
        System.out.println("all done " + fs.stream().allMatch(CompletableFuture::isDone));
        CompletableFuture<Integer> bad = CompletableFuture.supplyAsync(() -> {
            if (true) throw new IllegalStateException("boom");
            return 1;
        }, pool);
        try {
            bad.join();
        } catch (CompletionException e) {
            System.out.println("join: " + e.getMessage() + " / " + e.getCause());
        }
        try {
            bad.get();
        } catch (ExecutionException e) {
            System.out.println("get: " + e.getMessage() + " / " + e.getCause().getMessage());
        }
        System.out.println("recovered " + bad.exceptionally(t -> t instanceof CompletionException ? -1 : -2).join());
        System.out.println("handled " + bad.handle((v, t) -> t == null ? "ok " + v : "failed " + t.getCause().getMessage()).join());
        System.out.println("mapped failure " + bad.thenApply(x -> x + 1).isCompletedExceptionally());
        CompletableFuture<String> manual = new CompletableFuture<>();
        CompletableFuture<Integer> len = manual.thenApply(String::length);
        System.out.println("before " + manual.isDone() + " " + len.isDone() + " " + len.getNow(-7));
        manual.complete("hello");
        System.out.println("after " + len.join() + " " + manual.complete("again") + " " + manual.join());
        CompletableFuture<String> composed = CompletableFuture.completedFuture(6)
            .thenCompose(x -> CompletableFuture.supplyAsync(() -> "composed " + (x * 7)));
        System.out.println(composed.join());
        StringBuilder log = new StringBuilder();
        CompletableFuture.completedFuture("x").thenAccept(v -> log.append("accepted ").append(v))
            .thenRun(() -> log.append(" ran")).join();
        System.out.println(log);
        CompletableFuture<Integer> failed = new CompletableFuture<>();
        failed.completeExceptionally(new ArithmeticException("direct"));
        System.out.println("direct " + failed.exceptionally(t -> t.getMessage().length()).join());
        failed.whenComplete((v, t) -> System.out.println("whenComplete " + v + " " + t));
        System.out.println(CompletableFuture.anyOf(CompletableFuture.completedFuture("first")).join());
        pool.shutdown();
        System.out.println("main ends");
    }
}
