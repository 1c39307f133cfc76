import java.lang.invoke.*;
import java.util.*;
// MethodHandles.countedLoop (both forms, with and without init, a void body), whileLoop and
// doWhileLoop, with the order in which JDK 17 calls the handles.
public class LibHandleLoops {
    static int step(int v, int i, int k) { System.out.println("step " + v + " " + i + " " + k); return v + i * k; }
    static int three(int k) { System.out.println("iterations"); return 3; }
    static int start(int k) { System.out.println("start"); return 1; }
    static int init(int k) { System.out.println("init"); return 100; }
    static void tick(int i, List<Integer> out) { out.add(i); }
    static int size(List<Integer> out) { return 4; }
    static boolean below(int v, int limit) { return v < limit; }
    static int twice(int v, int limit) { return v * 2 + 1; }
    static int one(int limit) { return 1; }
    public static void main(String[] a) throws Throwable {
        MethodHandles.Lookup l = MethodHandles.lookup();
        MethodType t3 = MethodType.methodType(int.class, int.class, int.class, int.class);
        MethodHandle step = l.findStatic(LibHandleLoops.class, "step", t3);
        MethodHandle three = l.findStatic(LibHandleLoops.class, "three", MethodType.methodType(int.class, int.class));
        MethodHandle init = l.findStatic(LibHandleLoops.class, "init", MethodType.methodType(int.class, int.class));
        MethodHandle start = l.findStatic(LibHandleLoops.class, "start", MethodType.methodType(int.class, int.class));
        MethodHandle loop = MethodHandles.countedLoop(three, init, step);
        System.out.println(loop.type() + " " + (int) loop.invokeExact(10));
        MethodHandle ranged = MethodHandles.countedLoop(start, three, init, step);
        System.out.println(ranged.type() + " " + (int) ranged.invokeExact(2));
        MethodHandle noInit = MethodHandles.countedLoop(three, null, step);
        System.out.println((int) noInit.invokeExact(1));
        MethodHandle tick = l.findStatic(LibHandleLoops.class, "tick", MethodType.methodType(void.class, int.class, List.class));
        MethodHandle size = l.findStatic(LibHandleLoops.class, "size", MethodType.methodType(int.class, List.class));
        MethodHandle voidLoop = MethodHandles.countedLoop(size, null, tick);
        List<Integer> out = new ArrayList<>();
        voidLoop.invoke(out);
        System.out.println(voidLoop.type() + " " + out);
        MethodHandle below = l.findStatic(LibHandleLoops.class, "below", MethodType.methodType(boolean.class, int.class, int.class));
        MethodHandle twice = l.findStatic(LibHandleLoops.class, "twice", MethodType.methodType(int.class, int.class, int.class));
        MethodHandle one = l.findStatic(LibHandleLoops.class, "one", MethodType.methodType(int.class, int.class));
        MethodHandle w = MethodHandles.whileLoop(one, below, twice);
        System.out.println(w.type() + " " + (int) w.invokeExact(50) + " " + (int) w.invokeExact(0));
        MethodHandle d = MethodHandles.doWhileLoop(one, twice, below);
        System.out.println(d.type() + " " + (int) d.invokeExact(50) + " " + (int) d.invokeExact(0));
    }
}
