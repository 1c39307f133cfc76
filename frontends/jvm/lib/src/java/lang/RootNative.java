package java.lang;

/** Host functions of the runtime: calls to these are replaced by the frontend (intrinsics.rs);
 *  this class only lets the library compile and is not in the jar. */
final class RootNative {
    static String substring(String s, int begin, int end) { return null; }
    static String ofChars(char[] a, int offset, int count) { return null; }
    static String formatDouble(double v, int precision, int sci) { return null; }
    static String doubleToString(double v) { return null; }
    static String floatToString(float v) { return null; }
    static void setBuilder(StringBuilder sb, String value) {}
    static long doubleBits(double v) { return 0; }
    static String className(Object o) { return null; }
    static double parseDouble(String s) { return 0; }
    static double bitsDouble(long v) { return 0; }
    static int floatBits(float v) { return 0; }
    static float bitsFloat(int v) { return 0; }
    static double sin(double a) { return 0; }
    static double cos(double a) { return 0; }
    static double tan(double a) { return 0; }
    static double asin(double a) { return 0; }
    static double acos(double a) { return 0; }
    static double atan(double a) { return 0; }
    static double exp(double a) { return 0; }
    static double log(double a) { return 0; }
    static double log10(double a) { return 0; }
    static double cbrt(double a) { return 0; }
    static double sinh(double a) { return 0; }
    static double cosh(double a) { return 0; }
    static double tanh(double a) { return 0; }
    static double expm1(double a) { return 0; }
    static double log1p(double a) { return 0; }
    static double rint(double a) { return 0; }
    static double pow(double a, double b) { return 0; }
    static double atan2(double a, double b) { return 0; }
    static double hypot(double a, double b) { return 0; }
    static int threadFork() { return 0; }
    static void threadSwitch(int thread) {}
    static void threadEnd(int thread) {}
    /** The class object array `a` is tagged with (null when untagged): `std.java_array_class`. */
    static Class<?> arrayClass(Object a) { return null; }
    /** Tags array `a` with class object `c`: `std.java_array_set_class`. */
    static void arraySetClass(Object a, Class<?> c) {}
    /** `values()` of the enum class `c`, null for another class (reflect.rs, `enum_values`). */
    static Object[] enumValues(Class<?> c) { return null; }
    static void threadPreempt(int slice) {}
}
