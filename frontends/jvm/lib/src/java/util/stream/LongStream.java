package java.util.stream;

/** Not modelled yet: only named by signatures. */
public final class LongStream {
    private LongStream() {}
}
