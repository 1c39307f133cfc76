package java.lang.invoke;

import java.util.List;

/** A method handle (docs/jvm.md, "Method and var handles"): a type and a call with boxed
 *  arguments. A call site `h.invokeExact(a, b)` (signature-polymorphic) is translated as a call
 *  of `$site` with the call site's descriptor and the boxed arguments; the frontend unboxes the
 *  result to the call site's return type. */
public abstract class MethodHandle {
    final MethodType type;

    MethodHandle(MethodType type) { this.type = type; }

    public MethodType type() { return type; }

    /** The call with boxed arguments (already checked against the type). */
    abstract Object call(Object[] args) throws Throwable;

    /** A signature-polymorphic call site of descriptor `desc`: `invokeExact` needs the exact
     *  type; `invoke` the same number of arguments (the conversions are the unboxing and
     *  boxing the frontend does around the call). */
    final Object $site(String desc, boolean exact, Object[] args) throws Throwable {
        if (exact) {
            if (!type.toMethodDescriptorString().equals(desc)) {
                throw new WrongMethodTypeException("expected " + type + " but found " + MethodType.readable(desc));
            }
        } else if (args.length != type.parameterCount()) {
            throw new WrongMethodTypeException("cannot convert MethodHandle" + type + " to " + MethodType.readable(desc));
        }
        return call(args);
    }

    public Object invokeWithArguments(Object... args) throws Throwable {
        if (args.length != type.parameterCount()) {
            throw new WrongMethodTypeException("cannot convert MethodHandle" + type + " to " + MethodType.genericMethodType(args.length));
        }
        return call(args);
    }

    public Object invokeWithArguments(List<?> args) throws Throwable { return invokeWithArguments(args.toArray()); }

    /** A handle with its first argument bound to `x`. */
    public MethodHandle bindTo(Object x) {
        if (type.parameterCount() == 0 || type.parameterType(0).isPrimitive()) {
            throw new IllegalArgumentException("no leading reference parameter: " + x);
        }
        MethodHandle target = this;
        return new MethodHandle(type.dropParameterTypes(0, 1)) {
            Object call(Object[] args) throws Throwable {
                Object[] all = new Object[args.length + 1];
                all[0] = x;
                for (int i = 0; i < args.length; i++) all[i + 1] = args[i];
                return target.call(all);
            }
        };
    }

    public String toString() { return "MethodHandle" + type; }
}
