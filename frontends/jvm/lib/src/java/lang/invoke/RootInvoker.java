package java.lang.invoke;

/** Internal to the runtime. The call of one member with boxed arguments (a class the frontend generates per member,
 *  handles.rs): arguments unboxed to the member's types, the result boxed (null for void). */
public interface RootInvoker {
    /** Calls the member with `args` (boxed); the result boxed, null for void. */
    Object call(Object[] args) throws Throwable;
}
