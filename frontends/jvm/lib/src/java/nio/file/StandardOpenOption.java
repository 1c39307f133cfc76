package java.nio.file;

/** JDK 17's open options: `READ`, `WRITE`, `APPEND`, `TRUNCATE_EXISTING`, `CREATE` and
 *  `CREATE_NEW` are honoured (flags of `RootIo.open`), the others accepted. */
public enum StandardOpenOption implements OpenOption {
    READ(1),
    WRITE(2),
    APPEND(4),
    TRUNCATE_EXISTING(8),
    CREATE(16),
    CREATE_NEW(32),
    DELETE_ON_CLOSE(0),
    SPARSE(0),
    SYNC(0),
    DSYNC(0);

    /** The flag of `RootIo.open`, 0 for an option without effect here. */
    final int flag;

    StandardOpenOption(int flag) { this.flag = flag; }
}
