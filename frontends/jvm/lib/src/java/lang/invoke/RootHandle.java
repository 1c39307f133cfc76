package java.lang.invoke;

/** A direct handle of a member of the program: its generated invoker (handles.rs). */
final class RootHandle extends MethodHandle {
    private final RootInvoker invoker;

    RootHandle(MethodType type, RootInvoker invoker) {
        super(type);
        this.invoker = invoker;
    }

    Object call(Object[] args) throws Throwable { return invoker.call(args); }
}
