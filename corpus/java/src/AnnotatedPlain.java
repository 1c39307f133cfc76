// Annotations in a program that never asks for them: they cost nothing (a malformed annotation
// attribute is not even read, as on HotSpot: rootc/tests/java_corpus.rs).
import java.lang.annotation.*;

public class AnnotatedPlain {
    @Retention(RetentionPolicy.RUNTIME) @Target(ElementType.METHOD) @interface Fast { int value() default 1; }
    @FunctionalInterface interface Op { int apply(int x); }

    @Deprecated @Fast(3) static int twice(int x) { return x * 2; }

    public static void main(String[] args) {
        Op op = AnnotatedPlain::twice;
        int sum = 0;
        for (int i = 0; i < 10; i++) sum += op.apply(i);
        System.out.println(sum);
    }
}
