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
            return call(args);
        }
        if (type.toMethodDescriptorString().equals(desc)) return call(args);
        Class<?> ret = RootConvert.primitive(desc.charAt(desc.indexOf(')') + 1));
        if (args.length != type.parameterCount() || !siteConverts(desc, ret)) {
            throw new WrongMethodTypeException("cannot convert " + this + " to " + MethodType.readable(desc));
        }
        Object r = call(converted(args));
        if (ret == null) return r;
        return type.returnType() == void.class ? RootConvert.none(ret) : RootConvert.convert(r, ret);
    }

    /** Whether the primitive types of call site `desc` convert to this handle's types. */
    private boolean siteConverts(String desc, Class<?> ret) {
        int i = 1;
        for (int k = 0; desc.charAt(i) != ')'; k++) {
            char c = desc.charAt(i);
            Class<?> p = RootConvert.primitive(c);
            if (p != null && !RootConvert.canConvert(p, type.parameterType(k))) return false;
            while (desc.charAt(i) == '[') i++;
            i = desc.charAt(i) == 'L' ? desc.indexOf(';', i) + 1 : i + 1;
        }
        return ret == null || RootConvert.canConvert(type.returnType(), ret);
    }

    /** `args` converted to this handle's parameter types (as boxes). */
    final Object[] converted(Object[] args) {
        Object[] out = new Object[args.length];
        for (int i = 0; i < args.length; i++) out[i] = RootConvert.convert(args[i], type.parameterType(i));
        return out;
    }

    public Object invokeWithArguments(Object... args) throws Throwable {
        if (args.length != type.parameterCount()) {
            throw new WrongMethodTypeException("cannot convert " + this + " to " + MethodType.genericMethodType(args.length));
        }
        return call(converted(args));
    }

    public Object invokeWithArguments(List<?> args) throws Throwable { return invokeWithArguments(args.toArray()); }

    /** A handle of type `newType` converting its arguments to this handle's types and the
     *  result back (`MethodHandle.asType`'s boxing, unboxing and widening). */
    public MethodHandle asType(MethodType newType) {
        if (newType.equals(type)) return this;
        boolean ok = newType.parameterCount() == type.parameterCount()
            && RootConvert.canConvert(type.returnType(), newType.returnType());
        for (int i = 0; ok && i < type.parameterCount(); i++) {
            ok = RootConvert.canConvert(newType.parameterType(i), type.parameterType(i));
        }
        if (!ok) throw new WrongMethodTypeException("cannot convert " + this + " to " + newType);
        MethodHandle target = this;
        Class<?> ret = newType.returnType();
        return new MethodHandle(newType) {
            Object call(Object[] args) throws Throwable {
                Object r = target.call(target.converted(args));
                return target.type.returnType() == void.class ? RootConvert.none(ret) : RootConvert.convert(r, ret);
            }
        };
    }

    /** A handle taking the trailing `count` arguments as one array of class `arrayType`. */
    public MethodHandle asSpreader(Class<?> arrayType, int count) {
        int n = type.parameterCount();
        if (!arrayType.isArray() || count < 0 || count > n) throw new IllegalArgumentException("bad spread array type " + arrayType.getName());
        Class<?>[] ps = new Class<?>[n - count + 1];
        for (int i = 0; i < n - count; i++) ps[i] = type.parameterType(i);
        ps[n - count] = arrayType;
        MethodHandle target = this;
        return new MethodHandle(MethodType.methodType(type.returnType(), ps)) {
            Object call(Object[] args) throws Throwable {
                Object array = args[n - count];
                int len = array == null ? 0 : java.lang.reflect.Array.getLength(array);
                if (len != count) throw new IllegalArgumentException("array is not of length " + count);
                Object[] all = new Object[n];
                for (int i = 0; i < n - count; i++) all[i] = args[i];
                for (int i = 0; i < count; i++) all[n - count + i] = java.lang.reflect.Array.get(array, i);
                return target.call(target.converted(all));
            }
        };
    }

    /** A handle taking `count` trailing arguments in place of the last parameter, an array of
     *  class `arrayType`. */
    public MethodHandle asCollector(Class<?> arrayType, int count) {
        int n = type.parameterCount();
        if (n == 0 || !arrayType.isArray() || !type.parameterType(n - 1).isAssignableFrom(arrayType)) {
            throw new IllegalArgumentException("array type not assignable to trailing argument: " + this + ", " + arrayType.getSimpleName());
        }
        Class<?>[] ps = new Class<?>[n - 1 + count];
        for (int i = 0; i < n - 1; i++) ps[i] = type.parameterType(i);
        for (int i = 0; i < count; i++) ps[n - 1 + i] = arrayType.getComponentType();
        MethodHandle target = this;
        return new MethodHandle(MethodType.methodType(type.returnType(), ps)) {
            Object call(Object[] args) throws Throwable {
                Object array = java.lang.reflect.Array.newInstance(arrayType.getComponentType(), count);
                for (int i = 0; i < count; i++) java.lang.reflect.Array.set(array, i, args[n - 1 + i]);
                Object[] all = new Object[n];
                for (int i = 0; i < n - 1; i++) all[i] = args[i];
                all[n - 1] = array;
                return target.call(all);
            }
        };
    }

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
