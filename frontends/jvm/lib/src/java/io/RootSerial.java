package java.io;

/** Internal to the library's serialization (docs/jvm.md, "Serialization"): what the runtime's
 *  own classes (`Throwable` and the exceptions the frontend models, which have no class file)
 *  answer, and SHA-1 for the default serialVersionUID. */
final class RootSerial {
    private RootSerial() {}

    /** The runtime's classes and the serialVersionUID the JDK declares for each. */
    private static final String[] NAMES = {
        "java.lang.Throwable", "java.lang.Exception", "java.lang.Error", "java.lang.RuntimeException",
        "java.lang.ArithmeticException", "java.lang.IllegalArgumentException", "java.lang.NumberFormatException",
        "java.lang.IllegalStateException", "java.lang.NullPointerException", "java.lang.IndexOutOfBoundsException",
        "java.lang.ArrayIndexOutOfBoundsException", "java.lang.StringIndexOutOfBoundsException",
        "java.lang.ClassCastException", "java.lang.NegativeArraySizeException",
        "java.lang.UnsupportedOperationException", "java.lang.VirtualMachineError", "java.lang.OutOfMemoryError",
        "java.lang.StackOverflowError", "java.lang.StringBuilder",
    };
    private static final long[] SUIDS = {
        -3042686055658047285L, -3387516993124229948L, 4980196508277280342L, -7034897190745766939L,
        2256477558314496007L, -5365630128856068164L, -2848938806368998894L,
        -1848914673093119416L, 5162710183389028792L, 234122996006267687L,
        -5116101128118950844L, -6762910422159637258L,
        -9223365651070458532L, -8960118058596991861L,
        -1242599979055084673L, 4161983926571568670L, 8228564086184010517L,
        8609175038441759607L, 4383685877147921099L,
    };

    /** The serialVersionUID of runtime class `name`, or null for another class. */
    static Long suid(String name) {
        for (int i = 0; i < NAMES.length; i++) if (NAMES[i].equals(name)) return SUIDS[i];
        return null;
    }

    /** The JDK's serializable fields of `Throwable` (its hooks write and read them:
     *  `RootSerialHooks`). */
    static ObjectStreamField[] throwableFields() {
        return new ObjectStreamField[] {
            new ObjectStreamField("cause", "Ljava/lang/Throwable;", false),
            new ObjectStreamField("detailMessage", "Ljava/lang/String;", false),
            new ObjectStreamField("stackTrace", "[Ljava/lang/StackTraceElement;", false),
            new ObjectStreamField("suppressedExceptions", "Ljava/util/List;", false),
        };
    }

    /** The SHA-1 digest of `msg` (FIPS 180-4). */
    static byte[] sha1(byte[] msg) {
        int[] h = {0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0};
        long bits = (long) msg.length * 8;
        int padded = ((msg.length + 8) / 64 + 1) * 64;
        byte[] m = new byte[padded];
        System.arraycopy(msg, 0, m, 0, msg.length);
        m[msg.length] = (byte) 0x80;
        for (int i = 0; i < 8; i++) m[padded - 1 - i] = (byte) (bits >>> (8 * i));
        int[] w = new int[80];
        for (int chunk = 0; chunk < padded; chunk += 64) {
            for (int i = 0; i < 16; i++) {
                int at = chunk + 4 * i;
                w[i] = (m[at] & 0xFF) << 24 | (m[at + 1] & 0xFF) << 16 | (m[at + 2] & 0xFF) << 8 | (m[at + 3] & 0xFF);
            }
            for (int i = 16; i < 80; i++) w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
            int a = h[0], b = h[1], c = h[2], d = h[3], e = h[4];
            for (int i = 0; i < 80; i++) {
                int f, k;
                if (i < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
                else if (i < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
                else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
                else { f = b ^ c ^ d; k = 0xCA62C1D6; }
                int t = rotl(a, 5) + f + e + k + w[i];
                e = d; d = c; c = rotl(b, 30); b = a; a = t;
            }
            h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
        }
        byte[] out = new byte[20];
        for (int i = 0; i < 20; i++) out[i] = (byte) (h[i / 4] >>> (24 - 8 * (i % 4)));
        return out;
    }

    private static int rotl(int x, int n) { return (x << n) | (x >>> (32 - n)); }
}
