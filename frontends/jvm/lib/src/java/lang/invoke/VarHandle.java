package java.lang.invoke;

/** A var handle (docs/jvm.md, "Method and var handles"): a variable reached through its
 *  coordinates (an object for an instance field, none for a static field, an array and an
 *  index for an array element). A call site `vh.compareAndSet(o, a, b)` (signature-polymorphic)
 *  is translated as a call of `$site` with the method's name and the boxed arguments. Every
 *  access mode is the plain one under the VM's green threads; the read-modify-write modes run
 *  under the handle's monitor. Primitive values compare by value (as the JVM compares bits). */
public abstract class VarHandle {
    /** The number of coordinates (the arguments before the values). */
    abstract int coordinates();

    abstract Object read(Object[] args) throws Throwable;

    abstract void write(Object[] args, Object value) throws Throwable;

    final Object $site(String op, Object[] args) throws Throwable {
        int n = coordinates();
        switch (op) {
            case "get": case "getVolatile": case "getOpaque": case "getAcquire":
                return read(args);
            case "set": case "setVolatile": case "setOpaque": case "setRelease":
                write(args, args[n]);
                return null;
            default:
                synchronized (this) {
                    return update(op, args, n);
                }
        }
    }

    private Object update(String op, Object[] args, int n) throws Throwable {
        Object old = read(args);
        if (op.startsWith("compareAndSet") || op.startsWith("weakCompareAndSet")) {
            if (!same(old, args[n])) return false;
            write(args, args[n + 1]);
            return true;
        }
        if (op.startsWith("compareAndExchange")) {
            if (same(old, args[n])) write(args, args[n + 1]);
            return old;
        }
        if (op.startsWith("getAndSet")) {
            write(args, args[n]);
        } else if (op.startsWith("getAndAdd")) {
            write(args, combine(old, args[n], '+'));
        } else if (op.startsWith("getAndBitwiseOr")) {
            write(args, combine(old, args[n], '|'));
        } else if (op.startsWith("getAndBitwiseAnd")) {
            write(args, combine(old, args[n], '&'));
        } else if (op.startsWith("getAndBitwiseXor")) {
            write(args, combine(old, args[n], '^'));
        } else {
            throw new UnsupportedOperationException("VarHandle." + op);
        }
        return old;
    }

    private static boolean same(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Number || a instanceof Character || a instanceof Boolean) return a.equals(b);
        return false;
    }

    /** `a op b` in the type of `a` (the variable's). */
    private static Object combine(Object a, Object b, char op) {
        if (a instanceof Integer) {
            int x = (Integer) a, y = ((Number) b).intValue();
            return op == '+' ? x + y : op == '|' ? x | y : op == '&' ? x & y : x ^ y;
        }
        if (a instanceof Long) {
            long x = (Long) a, y = ((Number) b).longValue();
            return op == '+' ? x + y : op == '|' ? x | y : op == '&' ? x & y : x ^ y;
        }
        if (a instanceof Short) return (short) (int) (Integer) combine(((Short) a).intValue(), b, op);
        if (a instanceof Byte) return (byte) (int) (Integer) combine(((Byte) a).intValue(), b, op);
        if (a instanceof Character) return (char) (int) (Integer) combine((int) (Character) a, ((Character) b).charValue() + 0, op);
        if (a instanceof Double && op == '+') return (Double) a + ((Number) b).doubleValue();
        if (a instanceof Float && op == '+') return (Float) a + ((Number) b).floatValue();
        if (a instanceof Boolean && op != '+') {
            boolean x = (Boolean) a, y = (Boolean) b;
            return op == '|' ? x | y : op == '&' ? x & y : x ^ y;
        }
        throw new UnsupportedOperationException("VarHandle arithmetic on " + a);
    }
}
