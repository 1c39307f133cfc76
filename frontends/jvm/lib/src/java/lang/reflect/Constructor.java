package java.lang.reflect;

import java.lang.annotation.Annotation;
import java.lang.invoke.RootInvoker;

/** A constructor of a program class (RootReflect). */
public final class Constructor<T> {
    private final Class<T> clazz;
    private final String desc;
    private final int modifiers;
    private final Class<?>[] ptypes;
    private final RootInvoker invoker;

    Constructor(Class<T> clazz, String desc, int modifiers, Class<?>[] ptypes, RootInvoker invoker) {
        this.clazz = clazz;
        this.desc = desc;
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

    public <A extends Annotation> A getAnnotation(Class<A> type) { return RootAnnotations.find(getDeclaredAnnotations(), type); }
    public <A extends Annotation> A getDeclaredAnnotation(Class<A> type) { return getAnnotation(type); }
    public boolean isAnnotationPresent(Class<? extends Annotation> type) { return getAnnotation(type) != null; }
    public Annotation[] getAnnotations() { return getDeclaredAnnotations(); }
    public Annotation[] getDeclaredAnnotations() { return RootAnnotations.declared(clazz, "<init>" + desc); }
    public <A extends Annotation> A[] getAnnotationsByType(Class<A> type) { return RootAnnotations.byType(getDeclaredAnnotations(), type); }
    public <A extends Annotation> A[] getDeclaredAnnotationsByType(Class<A> type) { return getAnnotationsByType(type); }
    public Annotation[][] getParameterAnnotations() { return RootAnnotations.parameters(clazz, "<init>" + desc, ptypes.length); }

    @SuppressWarnings("unchecked")
    public T newInstance(Object... args) throws InstantiationException, IllegalAccessException, InvocationTargetException {
        if (args == null) args = new Object[0];
        if (args.length != ptypes.length) throw new IllegalArgumentException("wrong number of arguments");
        if (Modifier.isAbstract(RootReflect.classModifiers(clazz))) throw new InstantiationException();
        return (T) RootReflect.call(invoker, args);
    }

    public String toString() { return RootReflect.prefix(modifiers) + clazz.getTypeName() + RootReflect.typeList(ptypes); }
}
