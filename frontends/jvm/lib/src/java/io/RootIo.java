package java.io;

/** Host functions (calls replaced by the frontend, libcalls.rs; not in the jar). Public for
 *  `java.nio.file`; error codes: -1 denied (outside the grant), -2 not found, -3 a directory,
 *  -4 other, -5 exists, -6 a directory not empty, -7 not a directory (vm/src/stdpaths.rs). */
public final class RootIo {
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
    public static int fileExists(String path) { return 0; }
    /** `std.file_ropen`: a descriptor, or an error code as `fileCreate`'s. */
    static int fileOpen(String path) { return 0; }
    /** `std.file_rbyte`: the next byte, -1 at the end, -2 on an I/O error. */
    static int fileReadByte(int fd) { return 0; }
    /** `std.file_rclose` of a descriptor of `fileOpen`. */
    static void fileReadClose(int fd) {}
    /** `std.fs_size`: the size in bytes, -1 if missing or not readable. */
    public static long size(String path) { return 0; }
    /** `std.fs_mkdir`: 0 or an error code. */
    public static int mkdir(String path) { return 0; }
    /** `std.fs_create`: a new empty file; 0 or an error code. */
    public static int createFile(String path) { return 0; }
    /** `std.fs_delete`: a file, link or empty directory; 0 or an error code. */
    public static int delete(String path) { return 0; }
    /** `std.fs_move`: 0 or an error code. */
    public static int move(String from, String to, int replace) { return 0; }
    /** `std.fs_copy`: 0 or an error code. */
    public static int copy(String from, String to, int replace) { return 0; }
    /** `std.fs_list`: the sorted names, each followed by a NUL, or null if not a readable directory. */
    public static String list(String path) { return null; }
    /** `std.fs_cwd`: the current directory. */
    public static String cwd() { return null; }
    /** `std.fs_open`: a handle or an error code; flags 1 read, 2 write, 4 append, 8 truncate,
     *  16 create, 32 create new. */
    public static int open(String path, int flags) { return 0; }
    /** `std.fs_read`: up to `len` bytes into `b` at `off`; the count, -1 at the end, -2 on an error. */
    public static int read(int fd, byte[] b, int off, int len) { return 0; }
    /** `std.fs_write`: 0, or -1 on an error. */
    public static int write(int fd, byte[] b, int off, int len) { return 0; }
    /** `std.fs_seek`: 0, or -1 on an error. */
    public static int seek(int fd, long pos) { return 0; }
    /** `std.fs_tell`: the position, -1 on an error. */
    public static long tell(int fd) { return 0; }
    /** `std.fs_length`: the length, -1 on an error. */
    public static long length(int fd) { return 0; }
    /** `std.fs_set_length`: 0, or -1 on an error. */
    public static int setLength(int fd, long len) { return 0; }
    /** `std.fs_close`: 0, or -1 on an error. */
    public static int close(int fd) { return 0; }
}
