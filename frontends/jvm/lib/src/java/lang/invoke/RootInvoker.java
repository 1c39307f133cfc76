package java.lang.invoke;

/** The call of one member with boxed arguments (a class the frontend generates per member,
 *  handles.rs): arguments unboxed to the member's types, the result boxed (null for void). */
interface RootInvoker {
    Object call(Object[] args) throws Throwable;
}
