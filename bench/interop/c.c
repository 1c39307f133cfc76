long f(long x) { return x; }
