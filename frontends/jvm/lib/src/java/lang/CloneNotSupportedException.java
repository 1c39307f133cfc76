package java.lang;

/** Thrown by `Object.clone()` of an object whose class does not implement `Cloneable`. */
public class CloneNotSupportedException extends Exception {
    public CloneNotSupportedException() { super(); }
    public CloneNotSupportedException(String message) { super(message); }
}
