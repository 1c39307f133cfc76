package java.io;

import java.lang.invoke.RootInvoker;
import java.lang.reflect.RootReflect;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A class descriptor (docs/jvm.md, "Serialization"): name, serialVersionUID, flags, fields
 *  and the nearest serializable superclass's descriptor; for a class of the program, also
 *  what serialization calls (the members come from `RootReflect.declared`, which the frontend
 *  fills for serializable classes, serial.rs). */
public class ObjectStreamClass implements Serializable {
    public static final ObjectStreamField[] NO_FIELDS = new ObjectStreamField[0];
    private static final long serialVersionUID = -6120832682080437368L;
    private static final List<ObjectStreamClass> LOCAL = new ArrayList<>();
    private static final int STATIC = 0x0008, PRIVATE = 0x0002, TRANSIENT = 0x0080;
    /** The bit of a class's own flags saying it has a static initialiser (reflection.rs). */
    private static final int STATIC_INITIALISER = 0x10000;

    String name;
    private Long suid;
    byte flags;
    ObjectStreamField[] fields = NO_FIELDS;
    ObjectStreamClass superDesc;
    Class<?> cl;
    boolean serializable, externalizable, isEnum, isRecord, isThrowable;
    /** The runtime's `StringBuilder`: its hooks are `RootString.writeObject` / `readObject`. */
    boolean isBuilder;
    /** Why the class cannot be deserialized, or null. */
    String deserializeError;
    private Object[] members = new Object[0];
    /** For a descriptor read from a stream: the local class's. */
    ObjectStreamClass local;
    RootInvoker allocator, noArgConstructor, writeObjectMethod, readObjectMethod, readObjectNoDataMethod, writeReplaceMethod,
            readResolveMethod;

    ObjectStreamClass() {}

    /** The descriptor of serializable class `cl`, null for another class. */
    public static ObjectStreamClass lookup(Class<?> cl) {
        return isSerializable(cl) ? local(cl) : null;
    }

    /** The descriptor of any class. */
    public static ObjectStreamClass lookupAny(Class<?> cl) { return local(cl); }

    public String getName() { return name; }
    public long getSerialVersionUID() {
        if (suid == null) suid = computeDefaultSUID();
        return suid;
    }
    public Class<?> forClass() { return cl; }
    public ObjectStreamField[] getFields() { return fields.clone(); }
    public ObjectStreamField getField(String name) { return field(name, null); }
    public String toString() { return name + ": static final long serialVersionUID = " + getSerialVersionUID() + "L;"; }

    static boolean isSerializable(Class<?> c) {
        return Serializable.class.isAssignableFrom(c) || Throwable.class.isAssignableFrom(c) || c == StringBuilder.class;
    }

    /** The field `name` of type signature `sig` (any type when null). */
    ObjectStreamField field(String name, String sig) {
        for (ObjectStreamField f : fields) {
            if (f.getName().equals(name) && (sig == null || sig.equals(f.getTypeCode() == 'L' || f.getTypeCode() == '[' ? f.getTypeString() : String.valueOf(f.getTypeCode())))) {
                return f;
            }
        }
        return null;
    }

    boolean hasWriteObjectData() { return (flags & ObjectStreamConstants.SC_WRITE_METHOD) != 0; }
    boolean hasBlockExternalData() { return (flags & ObjectStreamConstants.SC_BLOCK_DATA) != 0; }

    /** The descriptors of the serializable classes of this one, the farthest superclass first. */
    ObjectStreamClass[] layout() {
        List<ObjectStreamClass> out = new ArrayList<>();
        for (ObjectStreamClass d = this; d != null; d = d.superDesc) out.add(0, d);
        return out.toArray(new ObjectStreamClass[0]);
    }

    /** The bytes of the primitive fields' values. */
    int primDataSize() {
        int n = 0;
        for (ObjectStreamField f : fields) n += f.size();
        return n;
    }

    // The local classes' descriptors, made once per class.

    private static ObjectStreamClass local(Class<?> cl) {
        for (int i = 0; i < LOCAL.size(); i++) {
            ObjectStreamClass d = LOCAL.get(i);
            if (d.cl == cl) return d;
        }
        ObjectStreamClass d = new ObjectStreamClass();
        d.cl = cl;
        d.name = cl.getName();
        LOCAL.add(d);
        d.initLocal();
        return d;
    }

    private void initLocal() {
        serializable = isSerializable(cl);
        if (cl.isArray()) {
            flags = ObjectStreamConstants.SC_SERIALIZABLE;
            return;
        }
        Object[] declared = RootReflect.declared(name);
        if (declared != null) members = declared;
        Class<?> sup = cl.getSuperclass();
        if (sup != null && isSerializable(sup)) superDesc = local(sup);
        isThrowable = cl == Throwable.class;
        isBuilder = cl == StringBuilder.class;
        isEnum = Enum.class.isAssignableFrom(cl);
        isRecord = sup != null && sup.getName().equals("java.lang.Record");
        externalizable = Externalizable.class.isAssignableFrom(cl);
        if (isEnum) suid = 0L;
        Object declaredSuid = staticValue("serialVersionUID");
        if (declaredSuid instanceof Long && !isEnum) suid = (Long) declaredSuid;
        if (suid == null && isRecord) suid = 0L;
        if (suid == null) suid = RootSerial.suid(name);
        for (Object o : members) {
            Object[] e = (Object[]) o;
            if (e[0].equals("")) allocator = (RootInvoker) e[3];
        }
        if (!isEnum && !externalizable) {
            writeObjectMethod = privateMethod("writeObject", "(Ljava/io/ObjectOutputStream;)V");
            readObjectMethod = privateMethod("readObject", "(Ljava/io/ObjectInputStream;)V");
            readObjectNoDataMethod = privateMethod("readObjectNoData", "()V");
        }
        if (!isEnum) {
            writeReplaceMethod = inheritable("writeReplace", "()Ljava/lang/Object;");
            readResolveMethod = inheritable("readResolve", "()Ljava/lang/Object;");
        }
        if (externalizable) noArgConstructor = method(members, "<init>", "()V", false);
        fields = isEnum || externalizable || isBuilder ? NO_FIELDS : isThrowable ? RootSerial.throwableFields() : localFields();
        flags = serializable ? ObjectStreamConstants.SC_SERIALIZABLE : 0;
        if (externalizable) flags = ObjectStreamConstants.SC_EXTERNALIZABLE | ObjectStreamConstants.SC_BLOCK_DATA;
        if (writeObjectMethod != null || isThrowable || isBuilder) flags |= ObjectStreamConstants.SC_WRITE_METHOD;
        if (isEnum) flags |= ObjectStreamConstants.SC_ENUM;
        if (serializable && !isEnum && !externalizable && !isRecord && !isBuilder && allocator == null && (ownFlags() & 0x0400) == 0) {
            deserializeError = "no valid constructor";
        }
        if (externalizable && noArgConstructor == null) deserializeError = "no valid constructor";
    }

    /** The entry of member `name` + `desc` (a method when `desc` starts with `(`) in `members`. */
    private static Object[] entry(Object[] members, String name, String desc) {
        for (Object o : members) {
            Object[] e = (Object[]) o;
            if (e[0].equals(name) && (desc == null || e[1].equals(desc))) return e;
        }
        return null;
    }

    private static RootInvoker method(Object[] members, String name, String desc, boolean mustBePrivate) {
        Object[] e = entry(members, name, desc);
        if (e == null) return null;
        int mods = (Integer) e[2];
        if ((mods & STATIC) != 0 || (mustBePrivate && (mods & PRIVATE) == 0)) return null;
        return (RootInvoker) e[3];
    }

    private RootInvoker privateMethod(String name, String desc) { return method(members, name, desc, true); }

    /** `writeReplace` / `readResolve`: declared by the class or inherited (not private) from a
     *  superclass. */
    private RootInvoker inheritable(String name, String desc) {
        RootInvoker own = method(members, name, desc, false);
        if (own != null) return own;
        for (Class<?> c = cl.getSuperclass(); c != null; c = c.getSuperclass()) {
            Object[] m = RootReflect.declared(c.getName());
            if (m == null) continue;
            Object[] e = entry(m, name, desc);
            if (e != null) return ((Integer) e[2] & PRIVATE) != 0 ? null : method(m, name, desc, false);
        }
        return null;
    }

    /** The value of static field `name` of this class, or null. */
    private Object staticValue(String name) {
        Object[] e = entry(members, name, null);
        if (e == null || ((String) e[1]).startsWith("(") || ((Integer) e[2] & STATIC) == 0 || e[3] == null) return null;
        try {
            return ((RootInvoker) e[3]).call(new Object[0]);
        } catch (Throwable t) {
            return null;
        }
    }

    /** The serializable fields: `serialPersistentFields` when declared, else the instance
     *  fields neither static nor transient; sorted. A record's in declaration order too. */
    private ObjectStreamField[] localFields() {
        Object persistent = staticValue("serialPersistentFields");
        List<ObjectStreamField> out = new ArrayList<>();
        if (persistent instanceof ObjectStreamField[] && !isRecord) {
            for (ObjectStreamField p : (ObjectStreamField[]) persistent) {
                ObjectStreamField f = new ObjectStreamField(p.getName(), p.getType(), p.isUnshared());
                Object[] e = entry(members, p.getName(), null);
                if (e != null && ((Integer) e[2] & STATIC) == 0 && !((String) e[1]).startsWith("(")) bind(f, e);
                out.add(f);
            }
        } else {
            for (Object o : members) {
                Object[] e = (Object[]) o;
                int mods = (Integer) e[2];
                if (e[0].equals("") || ((String) e[1]).startsWith("(") || (mods & (STATIC | TRANSIENT)) != 0) continue;
                ObjectStreamField f = new ObjectStreamField((String) e[0], (Class<?>) e[6], false);
                bind(f, e);
                out.add(f);
            }
        }
        ObjectStreamField[] a = out.toArray(new ObjectStreamField[0]);
        Arrays.sort(a);
        return a;
    }

    private static void bind(ObjectStreamField f, Object[] e) {
        f.getter = (RootInvoker) e[3];
        f.setter = (RootInvoker) e[4];
    }

    /** A record's fields in declaration order (the canonical constructor's parameters): the
     *  frontend puts a field's slot + 1 above bit 17 of its flags (reflection.rs). */
    ObjectStreamField[] recordComponents() {
        ObjectStreamField[] a = fields.clone();
        int[] slot = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            Object[] e = entry(members, a[i].getName(), null);
            slot[i] = e == null ? 0 : (Integer) e[2] >>> 17;
        }
        for (int i = 1; i < a.length; i++) {
            for (int j = i; j > 0 && slot[j - 1] > slot[j]; j--) {
                int s = slot[j]; slot[j] = slot[j - 1]; slot[j - 1] = s;
                ObjectStreamField f = a[j]; a[j] = a[j - 1]; a[j - 1] = f;
            }
        }
        return a;
    }

    /** The invoker of a record's canonical constructor (parameters of the components' types). */
    RootInvoker canonicalConstructor(ObjectStreamField[] components) {
        for (Object o : members) {
            Object[] e = (Object[]) o;
            if (!e[0].equals("<init>")) continue;
            Class<?>[] params = (Class<?>[]) e[5];
            if (params.length != components.length) continue;
            boolean same = true;
            for (int i = 0; i < params.length; i++) {
                if (!ObjectStreamField.signatureOf(params[i]).equals(signature(components[i]))) same = false;
            }
            if (same) return (RootInvoker) e[3];
        }
        return null;
    }

    static String signature(ObjectStreamField f) {
        return f.isPrimitive() ? String.valueOf(f.getTypeCode()) : f.getTypeString();
    }

    // The default serialVersionUID (Java Object Serialization Specification 4.6): the first
    // eight bytes, little-endian, of the SHA-1 of the class's name, modifiers, interfaces,
    // fields, static initialiser, constructors and methods.

    private long computeDefaultSUID() {
        if (!serializable) return 0L;
        ByteArrayOutputStream bout = new ByteArrayOutputStream();
        DataOutputStream dout = new DataOutputStream(bout);
        try {
            dout.writeUTF(name);
            int classMods = classModifiers() & (0x0001 | 0x0010 | 0x0200 | 0x0400);
            List<String[]> methods = memberSigs(true);
            if ((classMods & 0x0200) != 0) classMods = methods.size() > 0 ? (classMods | 0x0400) : (classMods & ~0x0400);
            dout.writeInt(classMods);
            if (!cl.isArray()) {
                Class<?>[] interfaces = cl.getInterfaces();
                String[] names = new String[interfaces.length];
                for (int i = 0; i < names.length; i++) names[i] = interfaces[i].getName();
                Arrays.sort(names);
                for (String n : names) dout.writeUTF(n);
            }
            for (String[] f : memberSigs(false)) {
                int mods = Integer.parseInt(f[1]) & 0xDF;
                if ((mods & PRIVATE) == 0 || (mods & (STATIC | TRANSIENT)) == 0) {
                    dout.writeUTF(f[0]);
                    dout.writeInt(mods);
                    dout.writeUTF(f[2]);
                }
            }
            if (!cl.isArray() && (ownFlags() & STATIC_INITIALISER) != 0) {
                dout.writeUTF("<clinit>");
                dout.writeInt(STATIC);
                dout.writeUTF("()V");
            }
            for (int pass = 0; pass < 2; pass++) {
                for (String[] m : methods) {
                    if (m[0].equals("<init>") != (pass == 0)) continue;
                    int mods = Integer.parseInt(m[1]) & 0xD3F;
                    if ((mods & PRIVATE) == 0) {
                        dout.writeUTF(m[0]);
                        dout.writeInt(mods);
                        dout.writeUTF(m[2].replace('/', '.'));
                    }
                }
            }
            dout.flush();
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        byte[] hash = RootSerial.sha1(bout.toByteArray());
        long h = 0;
        for (int i = Math.min(hash.length, 8) - 1; i >= 0; i--) h = (h << 8) | (hash[i] & 0xFF);
        return h;
    }

    /** The class's own flags entry (0 when unknown). */
    private int ownFlags() {
        Object[] e = entry(members, "", null);
        return e == null ? 0 : (Integer) e[2];
    }

    /** `Class.getModifiers()` as HotSpot answers it (an array: its component's access, final,
     *  abstract). */
    private int classModifiers() {
        if (cl.isArray()) {
            Class<?> c = cl;
            while (c.isArray()) c = c.getComponentType();
            int access = c.isPrimitive() ? 0x0001 : RootReflect.classModifiers(c) & 0x0007;
            return access | 0x0010 | 0x0400;
        }
        return ownFlags() & 0xFFFF;
    }

    /** {name, modifiers, signature} of the methods and constructors (`methods`) or fields,
     *  sorted as the specification says (constructors by signature, methods and fields by name
     *  then signature). */
    private List<String[]> memberSigs(boolean methods) {
        List<String[]> out = new ArrayList<>();
        if (cl.isArray()) return out;
        for (Object o : members) {
            Object[] e = (Object[]) o;
            String desc = (String) e[1];
            if (e[0].equals("") || desc.startsWith("(") != methods) continue;
            String sig = methods ? desc : ObjectStreamField.signatureOf((Class<?>) e[6]);
            out.add(new String[] {(String) e[0], String.valueOf((Integer) e[2] & 0xFFFF), sig});
        }
        out.sort((a, b) -> {
            int c = a[0].compareTo(b[0]);
            return c != 0 ? c : a[2].compareTo(b[2]);
        });
        return out;
    }
}
