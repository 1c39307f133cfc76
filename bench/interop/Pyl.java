public class Pyl { static native long f(long x); }
