package java.lang.invoke;

/** `MethodHandles.lookup()` and its `find*` methods over the members of the program's own
 *  classes and the public ones of the library classes it names by a class literal (the frontend
 *  generates one invoker per member, handles.rs, libreflect.rs): access checks are not made.
 *  The combinators (`insertArguments`, `filterReturnValue`, ...) are handles whose `call`
 *  rearranges the boxed arguments and calls their targets. */
public final class MethodHandles {
    private MethodHandles() {}

    public static Lookup lookup() { return new Lookup(); }

    public static Lookup publicLookup() { return new Lookup(); }

    /** A var handle of the elements of arrays of class `arrayClass` (`int[].class`, ...). */
    public static VarHandle arrayElementVarHandle(Class<?> arrayClass) {
        if (!arrayClass.isArray()) throw new IllegalArgumentException("not an array class: " + arrayClass.getName());
        return new ArrayVarHandle(arrayClass.getName());
    }

    /** A handle of type `()type` returning `value` (converted as `asType` converts). */
    public static MethodHandle constant(Class<?> type, Object value) {
        if (type == void.class) throw new IllegalArgumentException("void type");
        Object v = type.isPrimitive() ? RootConvert.convert(value, type) : type.cast(value);
        return new MethodHandle(MethodType.methodType(type)) {
            Object call(Object[] args) { return v; }
        };
    }

    /** A handle of type `(type)type` returning its argument. */
    public static MethodHandle identity(Class<?> type) {
        if (type == void.class) throw new IllegalArgumentException("void type");
        return new MethodHandle(MethodType.methodType(type, type)) {
            Object call(Object[] args) { return args[0]; }
        };
    }

    /** A handle of type `(type)void` (or `()void`) doing nothing. */
    public static MethodHandle zero(Class<?> type) {
        Object v = RootConvert.none(type);
        return new MethodHandle(MethodType.methodType(type)) {
            Object call(Object[] args) { return v; }
        };
    }

    /** A handle of type `(exType)rtype` throwing its argument. */
    public static MethodHandle throwException(Class<?> rtype, Class<? extends Throwable> exType) {
        return new MethodHandle(MethodType.methodType(rtype, exType)) {
            Object call(Object[] args) throws Throwable { throw (Throwable) args[0]; }
        };
    }

    /** `target` with the arguments at `pos`.. bound to `values`. */
    public static MethodHandle insertArguments(MethodHandle target, int pos, Object... values) {
        MethodType t = target.type();
        int n = t.parameterCount();
        if (pos < 0 || pos + values.length > n) throw new IllegalArgumentException("too many values to insert");
        Object[] bound = new Object[values.length];
        for (int i = 0; i < values.length; i++) bound[i] = RootConvert.convert(values[i], t.parameterType(pos + i));
        return new MethodHandle(t.dropParameterTypes(pos, pos + values.length)) {
            Object call(Object[] args) throws Throwable {
                Object[] all = new Object[n];
                for (int i = 0; i < pos; i++) all[i] = args[i];
                for (int i = 0; i < bound.length; i++) all[pos + i] = bound[i];
                for (int i = pos; i < args.length; i++) all[i + bound.length] = args[i];
                return target.call(all);
            }
        };
    }

    /** `target` taking and ignoring arguments of `valueTypes` at `pos`. */
    public static MethodHandle dropArguments(MethodHandle target, int pos, Class<?>... valueTypes) {
        MethodType t = target.type();
        if (pos < 0 || pos > t.parameterCount()) {
            throw new IllegalArgumentException("no argument type to remove" + java.util.Arrays.asList(t, pos, java.util.Arrays.asList(valueTypes)));
        }
        int k = valueTypes.length;
        return new MethodHandle(t.insertParameterTypes(pos, valueTypes)) {
            Object call(Object[] args) throws Throwable {
                Object[] all = new Object[args.length - k];
                for (int i = 0; i < all.length; i++) all[i] = args[i < pos ? i : i + k];
                return target.call(all);
            }
        };
    }

    public static MethodHandle dropArguments(MethodHandle target, int pos, java.util.List<Class<?>> valueTypes) {
        return dropArguments(target, pos, valueTypes.toArray(new Class<?>[0]));
    }

    private static void filterMismatch(String what, MethodHandle target, MethodHandle filter) {
        throw new IllegalArgumentException(what + " and filter types do not match: " + target.type() + ", " + filter.type());
    }

    /** `filter` applied to the result of `target`. */
    public static MethodHandle filterReturnValue(MethodHandle target, MethodHandle filter) {
        MethodType t = target.type(), f = filter.type();
        boolean ok = t.returnType() == void.class ? f.parameterCount() == 0
            : f.parameterCount() == 1 && f.parameterType(0) == t.returnType();
        if (!ok) filterMismatch("target", target, filter);
        return new MethodHandle(t.changeReturnType(f.returnType())) {
            Object call(Object[] args) throws Throwable {
                Object r = target.call(args);
                return filter.call(t.returnType() == void.class ? new Object[0] : new Object[] {r});
            }
        };
    }

    /** `target` with the arguments at `pos`.. first passed through `filters` (null: as is). */
    public static MethodHandle filterArguments(MethodHandle target, int pos, MethodHandle... filters) {
        MethodType t = target.type();
        if (pos < 0 || pos + filters.length > t.parameterCount()) throw new IllegalArgumentException("too many filters");
        MethodType nt = t;
        for (int i = 0; i < filters.length; i++) {
            MethodHandle f = filters[i];
            if (f == null) continue;
            if (f.type().parameterCount() != 1 || f.type().returnType() != t.parameterType(pos + i)) {
                filterMismatch("target", target, f);
            }
            nt = nt.changeParameterType(pos + i, f.type().parameterType(0));
        }
        return new MethodHandle(nt) {
            Object call(Object[] args) throws Throwable {
                Object[] all = args.clone();
                for (int i = 0; i < filters.length; i++) {
                    if (filters[i] != null) all[pos + i] = filters[i].call(new Object[] {args[pos + i]});
                }
                return target.call(all);
            }
        };
    }

    /** `combiner` run on the leading arguments; its result (unless void) is passed first. */
    public static MethodHandle foldArguments(MethodHandle target, MethodHandle combiner) {
        MethodType t = target.type(), c = combiner.type();
        boolean keeps = c.returnType() != void.class;
        int skip = keeps ? 1 : 0;
        if (c.parameterCount() > t.parameterCount() - skip || (keeps && t.parameterType(0) != c.returnType())) {
            throw new IllegalArgumentException("target and combiner types do not match: " + t + " != " + c);
        }
        int k = c.parameterCount();
        return new MethodHandle(keeps ? t.dropParameterTypes(0, 1) : t) {
            Object call(Object[] args) throws Throwable {
                Object[] head = new Object[k];
                for (int i = 0; i < k; i++) head[i] = args[i];
                Object r = combiner.call(head);
                if (!keeps) return target.call(args);
                Object[] all = new Object[args.length + 1];
                all[0] = r;
                for (int i = 0; i < args.length; i++) all[i + 1] = args[i];
                return target.call(all);
            }
        };
    }

    /** `target` whose argument at `pos` is the result of `filter` on the arguments there (for a
     *  void `filter`, `filter` runs on them and they are not passed on). */
    public static MethodHandle collectArguments(MethodHandle target, int pos, MethodHandle filter) {
        MethodType t = target.type(), f = filter.type();
        boolean keeps = f.returnType() != void.class;
        if (keeps ? pos < 0 || pos >= t.parameterCount() || f.returnType() != t.parameterType(pos)
                : pos < 0 || pos > t.parameterCount()) {
            filterMismatch("target", target, filter);
        }
        MethodType nt = (keeps ? t.dropParameterTypes(pos, pos + 1) : t).insertParameterTypes(pos, f.parameterList());
        int k = f.parameterCount();
        return new MethodHandle(nt) {
            Object call(Object[] args) throws Throwable {
                Object[] mid = new Object[k];
                for (int i = 0; i < k; i++) mid[i] = args[pos + i];
                Object r = filter.call(mid);
                Object[] all = new Object[t.parameterCount()];
                int j = 0;
                for (int i = 0; i < pos; i++) all[j++] = args[i];
                if (keeps) all[j++] = r;
                for (int i = pos + k; i < args.length; i++) all[j++] = args[i];
                return target.call(all);
            }
        };
    }

    /** `v = init(a...); for (int i = 0; i < iterations(a...); i++) v = body(v, i, a...)`
     *  (`iterations` first, as JDK 17 evaluates them; without `v` for a void `body`). */
    public static MethodHandle countedLoop(MethodHandle iterations, MethodHandle init, MethodHandle body) {
        return countedLoop(null, iterations, init, body);
    }

    /** `countedLoop` from `start(a...)` to `end(a...)` (evaluated in JDK 17's order: `end`,
     *  `init`, `start`). */
    public static MethodHandle countedLoop(MethodHandle start, MethodHandle end, MethodHandle init, MethodHandle body) {
        MethodType bt = body.type();
        Class<?> v = bt.returnType();
        boolean hasV = v != void.class;
        return new MethodHandle(MethodType.methodType(v, end.type().parameterList())) {
            Object call(Object[] args) throws Throwable {
                int to = (Integer) end.call(prefix(args, end));
                Object acc = initial(init, v, args);
                int from = start == null ? 0 : (Integer) start.call(prefix(args, start));
                for (int i = from; i < to; i++) {
                    Object[] all = new Object[bt.parameterCount()];
                    int j = 0;
                    if (hasV) all[j++] = acc;
                    all[j++] = i;
                    for (int k = 0; j < all.length; k++) all[j++] = args[k];
                    Object r = body.call(all);
                    if (hasV) acc = r;
                }
                return hasV ? acc : null;
            }
        };
    }

    /** `v = init(a...); while (pred(v, a...)) v = body(v, a...); return v`. */
    public static MethodHandle whileLoop(MethodHandle init, MethodHandle pred, MethodHandle body) {
        return loopWhile(init, pred, body, false);
    }

    /** `v = init(a...); do v = body(v, a...); while (pred(v, a...)); return v`. */
    public static MethodHandle doWhileLoop(MethodHandle init, MethodHandle body, MethodHandle pred) {
        return loopWhile(init, pred, body, true);
    }

    private static MethodHandle loopWhile(MethodHandle init, MethodHandle pred, MethodHandle body, boolean bodyFirst) {
        MethodType bt = body.type();
        Class<?> v = bt.returnType();
        boolean hasV = v != void.class;
        java.util.List<Class<?>> outer = bt.parameterList();
        if (hasV) outer = outer.subList(1, outer.size());
        return new MethodHandle(MethodType.methodType(v, outer)) {
            Object call(Object[] args) throws Throwable {
                Object acc = initial(init, v, args);
                if (!bodyFirst && !(Boolean) pred.call(withState(hasV, acc, args, pred))) return hasV ? acc : null;
                while (true) {
                    Object r = body.call(withState(hasV, acc, args, body));
                    if (hasV) acc = r;
                    if (!(Boolean) pred.call(withState(hasV, acc, args, pred))) return hasV ? acc : null;
                }
            }
        };
    }

    /** The first arguments of `args`, as many as `h` takes. */
    private static Object[] prefix(Object[] args, MethodHandle h) {
        Object[] out = new Object[h.type().parameterCount()];
        for (int i = 0; i < out.length; i++) out[i] = args[i];
        return out;
    }

    /** The loop's state before the first step: `init(a...)`, or the zero of `v` without one. */
    private static Object initial(MethodHandle init, Class<?> v, Object[] args) throws Throwable {
        if (init == null) return v == void.class ? null : RootConvert.none(v);
        Object r = init.call(prefix(args, init));
        return v == void.class ? null : r;
    }

    /** `(state, a...)` cut to what `h` takes (no state when the loop has none). */
    private static Object[] withState(boolean hasV, Object state, Object[] args, MethodHandle h) {
        Object[] out = new Object[h.type().parameterCount()];
        int j = 0;
        if (hasV && out.length > 0) out[j++] = state;
        for (int k = 0; j < out.length; k++) out[j++] = args[k];
        return out;
    }

    /** `target` or `fallback` by the boolean of `test` on the (leading) arguments. */
    public static MethodHandle guardWithTest(MethodHandle test, MethodHandle target, MethodHandle fallback) {
        MethodType t = target.type();
        if (!t.equals(fallback.type())) throw new IllegalArgumentException("target and fallback types must match: " + t + " != " + fallback.type());
        if (test.type().returnType() != boolean.class || test.type().parameterCount() > t.parameterCount()) {
            throw new IllegalArgumentException("target and test types must match: " + t + " != " + test.type());
        }
        int k = test.type().parameterCount();
        return new MethodHandle(t) {
            Object call(Object[] args) throws Throwable {
                Object[] head = new Object[k];
                for (int i = 0; i < k; i++) head[i] = args[i];
                return ((Boolean) test.call(head)) ? target.call(args) : fallback.call(args);
            }
        };
    }

    /** `target` taking `newType`'s arguments reordered: its argument i is argument `reorder[i]`. */
    public static MethodHandle permuteArguments(MethodHandle target, MethodType newType, int... reorder) {
        MethodType t = target.type();
        if (reorder.length != t.parameterCount()) {
            throw new IllegalArgumentException("bad reorder array: " + java.util.Arrays.toString(reorder));
        }
        for (int i = 0; i < reorder.length; i++) {
            int j = reorder[i];
            if (j < 0 || j >= newType.parameterCount()) throw new IllegalArgumentException("index is out of bounds for new type: " + j + " " + newType);
            if (newType.parameterType(j) != t.parameterType(i)) {
                throw new IllegalArgumentException("parameter types do not match after reorder: " + t + ", " + newType);
            }
        }
        if (newType.returnType() != t.returnType()) throw new IllegalArgumentException("return types do not match: " + t + ", " + newType);
        return new MethodHandle(newType) {
            Object call(Object[] args) throws Throwable {
                Object[] all = new Object[reorder.length];
                for (int i = 0; i < reorder.length; i++) all[i] = args[reorder[i]];
                return target.call(all);
            }
        };
    }

    /** `target`, or `handler(exception, leading arguments)` when it throws an `exType`. */
    public static MethodHandle catchException(MethodHandle target, Class<? extends Throwable> exType, MethodHandle handler) {
        MethodType h = handler.type();
        if (h.returnType() != target.type().returnType() || h.parameterCount() == 0 || !h.parameterType(0).isAssignableFrom(exType)) {
            throw new IllegalArgumentException("target and handler types must match: " + target.type() + " != " + h);
        }
        int k = h.parameterCount() - 1;
        return new MethodHandle(target.type()) {
            Object call(Object[] args) throws Throwable {
                try {
                    return target.call(args);
                } catch (Throwable e) {
                    if (!exType.isInstance(e)) throw e;
                    Object[] all = new Object[k + 1];
                    all[0] = e;
                    for (int i = 0; i < k; i++) all[i + 1] = args[i];
                    return handler.call(all);
                }
            }
        };
    }

    public static final class Lookup {
        Lookup() {}

        private static MethodHandle method(Class<?> refc, String name, MethodType type, int kind, MethodType handleType,
                String what, String ref) throws NoSuchMethodException {
            RootInvoker invoker = RootHandles.find(refc.getName(), name, type.toMethodDescriptorString(), kind);
            if (invoker == null) {
                throw new NoSuchMethodException("no such " + what + ": " + refc.getName() + "." + name + type + "/" + ref);
            }
            return new RootHandle(handleType, invoker);
        }

        private static RootInvoker field(Class<?> refc, String name, Class<?> type, int kind, String ref)
                throws NoSuchFieldException {
            RootInvoker invoker = RootHandles.find(refc.getName(), name, MethodType.descriptor(type), kind);
            if (invoker == null) {
                throw new NoSuchFieldException("no such field: " + refc.getName() + "." + name + "/" + type.getName() + "/" + ref);
            }
            return invoker;
        }

        public MethodHandle findStatic(Class<?> refc, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            return method(refc, name, type, RootHandles.STATIC, type, "method", "invokeStatic");
        }

        public MethodHandle findVirtual(Class<?> refc, String name, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            String ref = refc.isInterface() ? "invokeInterface" : "invokeVirtual";
            return method(refc, name, type, RootHandles.VIRTUAL, type.insertParameterTypes(0, refc), "method", ref);
        }

        /** `refc`'s method `name` called without virtual dispatch (as `invokespecial`, a
         *  `super.m()` call) on a receiver of `specialCaller` (access is not checked). */
        public MethodHandle findSpecial(Class<?> refc, String name, MethodType type, Class<?> specialCaller)
                throws NoSuchMethodException, IllegalAccessException {
            return method(refc, name, type, RootHandles.SPECIAL, type.insertParameterTypes(0, specialCaller), "method",
                "invokeSpecial");
        }

        public MethodHandle findConstructor(Class<?> refc, MethodType type)
                throws NoSuchMethodException, IllegalAccessException {
            return method(refc, "<init>", type, RootHandles.CONSTRUCTOR, type.changeReturnType(refc), "constructor",
                "newInvokeSpecial");
        }

        public MethodHandle findGetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            RootInvoker invoker = field(refc, name, type, RootHandles.GETTER, "getField");
            return new RootHandle(MethodType.methodType(type, refc), invoker);
        }

        public MethodHandle findSetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            RootInvoker invoker = field(refc, name, type, RootHandles.SETTER, "putField");
            return new RootHandle(MethodType.methodType(void.class, refc, type), invoker);
        }

        public MethodHandle findStaticGetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            RootInvoker invoker = field(refc, name, type, RootHandles.STATIC_GETTER, "getStatic");
            return new RootHandle(MethodType.methodType(type), invoker);
        }

        public MethodHandle findStaticSetter(Class<?> refc, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            RootInvoker invoker = field(refc, name, type, RootHandles.STATIC_SETTER, "putStatic");
            return new RootHandle(MethodType.methodType(void.class, type), invoker);
        }

        /** A handle of a reflected method (RootReflect): its invoker. */
        public MethodHandle unreflect(java.lang.reflect.Method m) throws IllegalAccessException {
            MethodType type = MethodType.methodType(m.getReturnType(), m.getParameterTypes());
            if (!java.lang.reflect.Modifier.isStatic(m.getModifiers())) type = type.insertParameterTypes(0, m.getDeclaringClass());
            return new RootHandle(type, m.$invoker());
        }

        public VarHandle findVarHandle(Class<?> recv, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            RootInvoker get = field(recv, name, type, RootHandles.GETTER, "getField");
            RootInvoker set = field(recv, name, type, RootHandles.SETTER, "putField");
            return new FieldVarHandle(get, set, 1);
        }

        public VarHandle findStaticVarHandle(Class<?> decl, String name, Class<?> type)
                throws NoSuchFieldException, IllegalAccessException {
            RootInvoker get = field(decl, name, type, RootHandles.STATIC_GETTER, "getStatic");
            RootInvoker set = field(decl, name, type, RootHandles.STATIC_SETTER, "putStatic");
            return new FieldVarHandle(get, set, 0);
        }
    }
}
