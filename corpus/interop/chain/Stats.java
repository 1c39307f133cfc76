// The Python module `stats` seen from Java (native methods bound to module `stats`).
public class Stats {
    static native String summary(String text);

    static native long weight(String text);
}
