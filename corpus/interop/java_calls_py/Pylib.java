// The Python module `pylib` seen from Java: each static native method is bound to the export
// of the same name of module `pylib` (the class's simple name in lower case).
public class Pylib {
    static native long collatz_steps(long n);

    static native String shout(String s);

    static native double mean(double a, double b);

    static native long big_product(long a, long b);
}
