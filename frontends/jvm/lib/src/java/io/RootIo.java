package java.io;

/** Host functions (calls replaced by the frontend, libcalls.rs; not in the jar). */
final class RootIo {
    static String readLine() { return null; }
    /** `std.file_create`: a descriptor, or -1 denied, -2 no directory, -3 a directory, -4 other. */
    static int fileCreate(String path, int append) { return 0; }
    /** `std.file_put_byte`: 0, or -1 on an I/O error. */
    static int filePutByte(int fd, int b) { return 0; }
    /** `std.file_put_bytes`: bytes `[off, off + len)` of `b` (checked by the caller); 0, or -1
     *  on an I/O error. */
    static int filePutBytes(int fd, byte[] b, int off, int len) { return 0; }
    /** `std.java_ascii_bytes`: copies the ASCII units of `c` from `off` (at most `len`) into
     *  `b` from `at` while `b` has room; how many it copied. */
    static int asciiBytes(char[] c, int off, int len, byte[] b, int at) { return 0; }
    /** `std.file_flush`: 0, or -1 on an I/O error. */
    static int fileFlush(int fd) { return 0; }
    /** `std.file_wclose`: 0, or -1 on an I/O error. */
    static int fileClose(int fd) { return 0; }
    /** `std.file_exists`: 1 a file, 2 a directory, 0 missing or outside the granted directories. */
    static int fileExists(String path) { return 0; }
    /** `std.file_ropen`: a descriptor, or an error code as `fileCreate`'s. */
    static int fileOpen(String path) { return 0; }
    /** `std.file_rbyte`: the next byte, -1 at the end, -2 on an I/O error. */
    static int fileReadByte(int fd) { return 0; }
    /** `std.file_rclose` of a descriptor of `fileOpen`. */
    static void fileReadClose(int fd) {}
}
