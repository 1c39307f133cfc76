package java.lang.reflect;

import java.lang.invoke.RootInvoker;

/** A method of a program class (RootReflect): `invoke` calls it through its invoker. Access is
 *  not checked (`setAccessible` does nothing). */
public final class Method {
    private final Class<?> clazz;
    private final String name;
    private final int modifiers;
    private final Class<?>[] ptypes;
    private final Class<?> rtype;
    private final RootInvoker invoker;

    Method(Class<?> clazz, String name, int modifiers, Class<?>[] ptypes, Class<?> rtype, RootInvoker invoker) {
        this.clazz = clazz;
        this.name = name;
        this.modifiers = modifiers;
        this.ptypes = ptypes;
        this.rtype = rtype;
        this.invoker = invoker;
    }

    public String getName() { return name; }
    public int getModifiers() { return modifiers; }
    public Class<?> getDeclaringClass() { return clazz; }
    public Class<?> getReturnType() { return rtype; }
    public Class<?>[] getParameterTypes() { return ptypes.clone(); }
    public int getParameterCount() { return ptypes.length; }
    public boolean isVarArgs() { return (modifiers & 0x80) != 0; }
    public void setAccessible(boolean flag) {}
    public boolean trySetAccessible() { return true; }
    public boolean canAccess(Object obj) { return true; }

    /** The invoker (`MethodHandles.Lookup.unreflect`). */
    public RootInvoker $invoker() { return invoker; }

    public Object invoke(Object obj, Object... args) throws IllegalAccessException, InvocationTargetException {
        if (args == null) args = new Object[0];
        Object[] all = args;
        if (!Modifier.isStatic(modifiers)) {
            if (obj == null) throw new NullPointerException();
            if (!clazz.isInstance(obj)) throw new IllegalArgumentException("object is not an instance of declaring class");
            all = new Object[args.length + 1];
            all[0] = obj;
            for (int i = 0; i < args.length; i++) all[i + 1] = args[i];
        }
        if (args.length != ptypes.length) throw new IllegalArgumentException("wrong number of arguments");
        return RootReflect.call(invoker, all);
    }

    public boolean equals(Object o) {
        if (!(o instanceof Method)) return false;
        Method m = (Method) o;
        return m.clazz == clazz && m.name.equals(name) && RootReflect.sameTypes(m.ptypes, ptypes);
    }

    public int hashCode() { return clazz.getName().hashCode() ^ name.hashCode(); }

    public String toString() {
        return RootReflect.prefix(modifiers) + rtype.getTypeName() + " " + clazz.getTypeName() + "." + name
            + RootReflect.typeList(ptypes);
    }
}
