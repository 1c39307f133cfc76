package java.lang.reflect;

import java.lang.invoke.RootInvoker;

/** A constructor of a program class (RootReflect). */
public final class Constructor<T> {
    private final Class<T> clazz;
    private final int modifiers;
    private final Class<?>[] ptypes;
    private final RootInvoker invoker;

    Constructor(Class<T> clazz, int modifiers, Class<?>[] ptypes, RootInvoker invoker) {
        this.clazz = clazz;
        this.modifiers = modifiers;
        this.ptypes = ptypes;
        this.invoker = invoker;
    }

    public String getName() { return clazz.getName(); }
    public int getModifiers() { return modifiers; }
    public Class<T> getDeclaringClass() { return clazz; }
    public Class<?>[] getParameterTypes() { return ptypes.clone(); }
    public int getParameterCount() { return ptypes.length; }
    public void setAccessible(boolean flag) {}

    @SuppressWarnings("unchecked")
    public T newInstance(Object... args) throws InstantiationException, IllegalAccessException, InvocationTargetException {
        if (args == null) args = new Object[0];
        if (args.length != ptypes.length) throw new IllegalArgumentException("wrong number of arguments");
        if (Modifier.isAbstract(RootReflect.classModifiers(clazz))) throw new InstantiationException();
        return (T) RootReflect.call(invoker, args);
    }

    public String toString() { return RootReflect.prefix(modifiers) + clazz.getTypeName() + RootReflect.typeList(ptypes); }
}
