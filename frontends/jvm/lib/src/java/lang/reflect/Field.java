package java.lang.reflect;

import java.lang.invoke.RootInvoker;

/** A field of a program class (RootReflect): `get` / `set` go through its getter and setter
 *  invokers (boxed values). Access is not checked, `final` fields can be set. */
public final class Field {
    private final Class<?> clazz;
    private final String name;
    private final int modifiers;
    private final Class<?> type;
    private final RootInvoker getter;
    private final RootInvoker setter;

    Field(Class<?> clazz, String name, int modifiers, Class<?> type, RootInvoker getter, RootInvoker setter) {
        this.clazz = clazz;
        this.name = name;
        this.modifiers = modifiers;
        this.type = type;
        this.getter = getter;
        this.setter = setter;
    }

    public String getName() { return name; }
    public int getModifiers() { return modifiers; }
    public Class<?> getDeclaringClass() { return clazz; }
    public Class<?> getType() { return type; }
    public void setAccessible(boolean flag) {}
    public boolean trySetAccessible() { return true; }

    private Object[] target(Object obj, Object... value) {
        if (Modifier.isStatic(modifiers)) return value;
        if (obj == null) throw new NullPointerException("Cannot invoke \"Object.getClass()\" because \"obj\" is null");
        if (!clazz.isInstance(obj)) {
            throw new IllegalArgumentException("Can not get " + type.getTypeName() + " field " + clazz.getTypeName() + "." + name
                + " on " + obj.getClass().getName());
        }
        Object[] all = new Object[value.length + 1];
        all[0] = obj;
        for (int i = 0; i < value.length; i++) all[i + 1] = value[i];
        return all;
    }

    public Object get(Object obj) throws IllegalAccessException {
        try {
            return getter.call(target(obj));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public void set(Object obj, Object value) throws IllegalAccessException {
        try {
            setter.call(target(obj, value));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    public int getInt(Object obj) throws IllegalAccessException { return ((Number) get(obj)).intValue(); }
    public long getLong(Object obj) throws IllegalAccessException { return ((Number) get(obj)).longValue(); }
    public double getDouble(Object obj) throws IllegalAccessException { return ((Number) get(obj)).doubleValue(); }
    public float getFloat(Object obj) throws IllegalAccessException { return ((Number) get(obj)).floatValue(); }
    public short getShort(Object obj) throws IllegalAccessException { return ((Number) get(obj)).shortValue(); }
    public byte getByte(Object obj) throws IllegalAccessException { return ((Number) get(obj)).byteValue(); }
    public boolean getBoolean(Object obj) throws IllegalAccessException { return (Boolean) get(obj); }
    public char getChar(Object obj) throws IllegalAccessException { return (Character) get(obj); }
    public void setInt(Object obj, int v) throws IllegalAccessException { set(obj, v); }
    public void setLong(Object obj, long v) throws IllegalAccessException { set(obj, v); }
    public void setDouble(Object obj, double v) throws IllegalAccessException { set(obj, v); }
    public void setBoolean(Object obj, boolean v) throws IllegalAccessException { set(obj, v); }

    public String toString() {
        return RootReflect.prefix(modifiers) + type.getTypeName() + " " + clazz.getTypeName() + "." + name;
    }
}
