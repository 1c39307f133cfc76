package java.util.function;

import java.util.Objects;

public interface IntConsumer {
    void accept(int value);

    default IntConsumer andThen(IntConsumer after) {
        Objects.requireNonNull(after);
        return t -> { accept(t); after.accept(t); };
    }
}
