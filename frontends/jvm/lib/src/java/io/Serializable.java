package java.io;

/** The marker of classes whose objects `ObjectOutputStream` may write (docs/jvm.md,
 *  "Serialization"). */
public interface Serializable {}
