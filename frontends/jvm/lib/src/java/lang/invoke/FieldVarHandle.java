package java.lang.invoke;

/** A var handle of a field: the generated getter and setter invokers of the field (handles.rs);
 *  one coordinate (the object) for an instance field, none for a static field. */
final class FieldVarHandle extends VarHandle {
    private final RootInvoker get;
    private final RootInvoker set;
    private final int coordinates;

    FieldVarHandle(RootInvoker get, RootInvoker set, int coordinates) {
        this.get = get;
        this.set = set;
        this.coordinates = coordinates;
    }

    int coordinates() { return coordinates; }

    Object read(Object[] args) throws Throwable {
        return get.call(coordinates == 0 ? new Object[0] : new Object[] {args[0]});
    }

    void write(Object[] args, Object value) throws Throwable {
        set.call(coordinates == 0 ? new Object[] {value} : new Object[] {args[0], value});
    }
}
