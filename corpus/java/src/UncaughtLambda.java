import java.util.function.IntUnaryOperator;
public class UncaughtLambda {
    static class Box {
        Box(int v) {
            if (v < 0) throw new IllegalArgumentException("neg " + v);
        }
    }
    public static void main(String[] args) {
        IntUnaryOperator f = x -> { new Box(x); return x; };
        System.out.println(f.applyAsInt(1));
        f.applyAsInt(-2);
    }
}
