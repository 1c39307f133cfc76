package java.lang.invoke;

/** `MethodHandles.lookup()` and its `find*` methods over the members of the program's own
 *  classes (the frontend generates one invoker per member, handles.rs): access checks are not
 *  made, the library's classes have no members to find. */
public final class MethodHandles {
    private MethodHandles() {}

    public static Lookup lookup() { return new Lookup(); }

    public static Lookup publicLookup() { return new Lookup(); }

    /** A var handle of the elements of arrays of class `arrayClass` (`int[].class`, ...). */
    public static VarHandle arrayElementVarHandle(Class<?> arrayClass) {
        if (!arrayClass.isArray()) throw new IllegalArgumentException("not an array class: " + arrayClass.getName());
        return new ArrayVarHandle(arrayClass.getName());
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
