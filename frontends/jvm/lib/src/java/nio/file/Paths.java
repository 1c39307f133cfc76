package java.nio.file;

/** JDK 17's `Paths`: `Path.of`. */
public final class Paths {
    private Paths() {}

    public static Path get(String first, String... more) { return Path.of(first, more); }
}
