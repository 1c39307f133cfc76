package java.io;

import java.lang.RootSerialHooks;
import java.lang.invoke.RootInvoker;
import java.util.ArrayList;
import java.util.List;

/** JDK 17's `ObjectOutputStream` (docs/jvm.md, "Serialization"): the stream protocol version 2
 *  of the Java Object Serialization Specification. Primitive data goes into blocks of up to
 *  1024 bytes (`TC_BLOCKDATA`), kept until an object, `flush` or a full block writes them, as
 *  the JDK's; objects get handles, written again as `TC_REFERENCE`. */
public class ObjectOutputStream extends OutputStream implements ObjectOutput, ObjectStreamConstants {
    private static final int MAX_BLOCK_SIZE = 1024;

    private final OutputStream out;
    private final byte[] block = new byte[MAX_BLOCK_SIZE];
    private int blockLength;
    private boolean blockMode;
    /** The objects written, by handle (linear search: `==` is the only identity here). */
    private final List<Object> handles = new ArrayList<>();
    /** `writeReplace`'s originals and their replacements. */
    private final List<Object> replacedFrom = new ArrayList<>();
    private final List<Object> replacedTo = new ArrayList<>();
    private int depth;
    /** The object and class whose `writeObject` runs (for `defaultWriteObject`), else null. */
    private Object curObj;
    private ObjectStreamClass curDesc;
    private PutFieldImpl curPut;
    /** A `DataOutput` writing through this stream (for `writeUTF`'s helper). */
    private final DataOutputStream data;

    public ObjectOutputStream(OutputStream out) throws IOException {
        this.out = out;
        this.data = new DataOutputStream(this);
        writeStreamHeader();
        setBlockDataMode(true);
    }

    protected ObjectOutputStream() throws IOException {
        this.out = null;
        this.data = new DataOutputStream(this);
    }

    protected void writeStreamHeader() throws IOException {
        writeShort(STREAM_MAGIC);
        writeShort(STREAM_VERSION);
    }

    public void useProtocolVersion(int version) throws IOException {
        if (version != PROTOCOL_VERSION_2) throw new IllegalArgumentException("unknown version: " + version);
    }

    // Block data mode.

    /** Switches block data mode, writing the pending block first; returns the old mode. */
    private boolean setBlockDataMode(boolean mode) throws IOException {
        boolean old = blockMode;
        if (old == mode) return old;
        drain();
        blockMode = mode;
        return old;
    }

    /** Writes the pending block of primitive data (header and bytes). */
    private void drain() throws IOException {
        if (blockLength == 0) return;
        if (blockLength <= 0xFF) {
            out.write(TC_BLOCKDATA);
            out.write(blockLength);
        } else {
            out.write(TC_BLOCKDATALONG);
            for (int s = 24; s >= 0; s -= 8) out.write(blockLength >>> s);
        }
        out.write(block, 0, blockLength);
        blockLength = 0;
    }

    /** Every byte goes here: into the block in block data mode, else to the stream. */
    private void put(int b) throws IOException {
        if (!blockMode) {
            out.write(b);
            return;
        }
        if (blockLength >= MAX_BLOCK_SIZE) drain();
        block[blockLength++] = (byte) b;
    }

    // DataOutput.

    public void write(int b) throws IOException { put(b); }
    public void write(byte[] b) throws IOException { write(b, 0, b.length); }
    public void write(byte[] b, int off, int len) throws IOException {
        if (b == null) throw new NullPointerException();
        checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) put(b[off + i]);
    }
    public void writeBoolean(boolean v) throws IOException { put(v ? 1 : 0); }
    public void writeByte(int v) throws IOException { put(v); }
    public void writeShort(int v) throws IOException {
        put(v >>> 8);
        put(v);
    }
    public void writeChar(int v) throws IOException { writeShort(v); }
    public void writeInt(int v) throws IOException {
        for (int s = 24; s >= 0; s -= 8) put(v >>> s);
    }
    public void writeLong(long v) throws IOException {
        writeInt((int) (v >>> 32));
        writeInt((int) v);
    }
    public void writeFloat(float v) throws IOException { writeInt(Float.floatToIntBits(v)); }
    public void writeDouble(double v) throws IOException { writeLong(Double.doubleToLongBits(v)); }
    public void writeBytes(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) put(s.charAt(i));
    }
    public void writeChars(String s) throws IOException {
        for (int i = 0; i < s.length(); i++) writeChar(s.charAt(i));
    }
    public void writeUTF(String s) throws IOException { DataOutputStream.writeUTF(s, data); }

    public void flush() throws IOException {
        drain();
        out.flush();
    }
    public void close() throws IOException {
        flush();
        out.close();
    }

    /** Forgets every object written: the next write of one writes it anew. */
    public void reset() throws IOException {
        if (depth != 0) throw new IOException("stream active");
        setBlockDataMode(false);
        put(TC_RESET);
        clear();
        setBlockDataMode(true);
    }

    private void clear() {
        handles.clear();
        replacedFrom.clear();
        replacedTo.clear();
    }

    // Objects.

    public final void writeObject(Object obj) throws IOException { writeObject0(obj, false); }
    public void writeUnshared(Object obj) throws IOException { writeObject0(obj, true); }

    /** Writes the fields of the object whose `writeObject` runs. */
    public void defaultWriteObject() throws IOException {
        if (curDesc == null) throw new NotActiveException("not in call to writeObject");
        setBlockDataMode(false);
        writeFields(curObj, curDesc);
        setBlockDataMode(true);
    }

    public PutField putFields() throws IOException {
        if (curDesc == null) throw new NotActiveException("not in call to writeObject");
        if (curPut == null) curPut = new PutFieldImpl(curDesc);
        return curPut;
    }

    public void writeFields() throws IOException {
        if (curPut == null) throw new NotActiveException("no current PutField object");
        setBlockDataMode(false);
        curPut.write();
        setBlockDataMode(true);
    }

    protected void annotateClass(Class<?> cl) throws IOException {}
    protected Object replaceObject(Object obj) throws IOException { return obj; }

    private int handleOf(Object obj) {
        for (int i = handles.size() - 1; i >= 0; i--) if (handles.get(i) == obj) return i;
        return -1;
    }

    private void assign(Object obj, boolean unshared) { handles.add(unshared ? null : obj); }

    private void writeObject0(Object obj, boolean unshared) throws IOException {
        boolean oldMode = setBlockDataMode(false);
        depth++;
        try {
            for (int i = 0; i < replacedFrom.size(); i++) {
                if (replacedFrom.get(i) == obj) {
                    obj = replacedTo.get(i);
                    break;
                }
            }
            int h;
            if (obj == null) {
                put(TC_NULL);
            } else if (!unshared && (h = handleOf(obj)) != -1) {
                writeHandle(h);
            } else if (obj instanceof Class) {
                writeClass((Class<?>) obj, unshared);
            } else if (obj instanceof ObjectStreamClass) {
                writeClassDesc((ObjectStreamClass) obj, unshared);
            } else {
                writeReplaced(obj, unshared);
            }
        } finally {
            depth--;
            setBlockDataMode(oldMode);
        }
    }

    /** Writes `obj` after `writeReplace` (repeated while it gives an object of another class). */
    private void writeReplaced(Object orig, boolean unshared) throws IOException {
        Object obj = orig;
        for (int guard = 0; guard < 64 && !(obj instanceof String); guard++) {
            ObjectStreamClass desc = ObjectStreamClass.lookupAny(obj.getClass());
            if (desc.writeReplaceMethod == null || !desc.serializable) break;
            Object rep = invoke(desc.writeReplaceMethod, new Object[] {obj});
            if (rep == null || rep.getClass() == obj.getClass()) {
                obj = rep;
                break;
            }
            obj = rep;
        }
        if (obj != orig) {
            replacedFrom.add(orig);
            replacedTo.add(obj);
            int h;
            if (obj == null) {
                put(TC_NULL);
                return;
            } else if (!unshared && (h = handleOf(obj)) != -1) {
                writeHandle(h);
                return;
            }
        }
        if (obj instanceof String) {
            writeString((String) obj, unshared);
        } else if (obj.getClass().isArray()) {
            writeArray(obj, unshared);
        } else if (obj instanceof Enum) {
            writeEnum((Enum<?>) obj, unshared);
        } else if (ObjectStreamClass.isSerializable(obj.getClass())) {
            writeOrdinaryObject(obj, ObjectStreamClass.lookup(obj.getClass()), unshared);
        } else {
            throw new NotSerializableException(obj.getClass().getName());
        }
    }

    private void writeHandle(int h) throws IOException {
        put(TC_REFERENCE);
        writeInt(baseWireHandle + h);
    }

    private void writeClass(Class<?> cl, boolean unshared) throws IOException {
        put(TC_CLASS);
        writeClassDesc(ObjectStreamClass.lookupAny(cl), false);
        assign(cl, unshared);
    }

    private void writeClassDesc(ObjectStreamClass desc, boolean unshared) throws IOException {
        int h;
        if (desc == null) {
            put(TC_NULL);
        } else if (!unshared && (h = handleOf(desc)) != -1) {
            writeHandle(h);
        } else {
            put(TC_CLASSDESC);
            assign(desc, unshared);
            writeUTF(desc.getName());
            writeLong(desc.getSerialVersionUID());
            put(desc.flags);
            writeShort(desc.fields.length);
            for (ObjectStreamField f : desc.fields) {
                put(f.getTypeCode());
                writeUTF(f.getName());
                if (!f.isPrimitive()) writeTypeString(f.getTypeString());
            }
            setBlockDataMode(true);
            annotateClass(desc.forClass());
            setBlockDataMode(false);
            put(TC_ENDBLOCKDATA);
            writeClassDesc(desc.superDesc, false);
        }
    }

    private void writeTypeString(String s) throws IOException {
        int h;
        if (s == null) {
            put(TC_NULL);
        } else if ((h = handleOf(s)) != -1) {
            writeHandle(h);
        } else {
            writeString(s, false);
        }
    }

    private void writeString(String s, boolean unshared) throws IOException {
        assign(s, unshared);
        long length = DataOutputStream.utfLength(s);
        if (length <= 0xFFFF) {
            put(TC_STRING);
            writeShort((int) length);
        } else {
            put(TC_LONGSTRING);
            writeLong(length);
        }
        byte[] bytes = new byte[(int) length];
        DataOutputStream.utfBytes(s, bytes, 0);
        write(bytes, 0, bytes.length);
    }

    private void writeArray(Object array, boolean unshared) throws IOException {
        put(TC_ARRAY);
        writeClassDesc(ObjectStreamClass.lookup(array.getClass()), false);
        assign(array, unshared);
        if (array instanceof int[]) {
            int[] a = (int[]) array;
            writeInt(a.length);
            for (int v : a) writeInt(v);
        } else if (array instanceof byte[]) {
            byte[] a = (byte[]) array;
            writeInt(a.length);
            write(a, 0, a.length);
        } else if (array instanceof long[]) {
            long[] a = (long[]) array;
            writeInt(a.length);
            for (long v : a) writeLong(v);
        } else if (array instanceof double[]) {
            double[] a = (double[]) array;
            writeInt(a.length);
            for (double v : a) writeDouble(v);
        } else if (array instanceof char[]) {
            char[] a = (char[]) array;
            writeInt(a.length);
            for (char v : a) writeChar(v);
        } else if (array instanceof boolean[]) {
            boolean[] a = (boolean[]) array;
            writeInt(a.length);
            for (boolean v : a) writeBoolean(v);
        } else if (array instanceof short[]) {
            short[] a = (short[]) array;
            writeInt(a.length);
            for (short v : a) writeShort(v);
        } else if (array instanceof float[]) {
            float[] a = (float[]) array;
            writeInt(a.length);
            for (float v : a) writeFloat(v);
        } else {
            Object[] a = (Object[]) array;
            writeInt(a.length);
            for (Object v : a) writeObject0(v, false);
        }
    }

    private void writeEnum(Enum<?> en, boolean unshared) throws IOException {
        put(TC_ENUM);
        ObjectStreamClass desc = ObjectStreamClass.lookup(en.getClass());
        ObjectStreamClass sdesc = desc.superDesc;
        writeClassDesc(sdesc.forClass() == Enum.class ? desc : sdesc, false);
        assign(en, unshared);
        writeString(en.name(), false);
    }

    private void writeOrdinaryObject(Object obj, ObjectStreamClass desc, boolean unshared) throws IOException {
        put(TC_OBJECT);
        writeClassDesc(desc, false);
        assign(obj, unshared);
        if (desc.externalizable) {
            writeExternalData((Externalizable) obj);
        } else if (desc.isRecord) {
            writeFields(obj, desc);
        } else {
            writeSerialData(obj, desc);
        }
    }

    private void writeExternalData(Externalizable obj) throws IOException {
        Object oldObj = curObj;
        ObjectStreamClass oldDesc = curDesc;
        PutFieldImpl oldPut = curPut;
        curObj = null;
        curDesc = null;
        curPut = null;
        try {
            setBlockDataMode(true);
            obj.writeExternal(this);
            setBlockDataMode(false);
            put(TC_ENDBLOCKDATA);
        } finally {
            curObj = oldObj;
            curDesc = oldDesc;
            curPut = oldPut;
        }
    }

    /** Each serializable class's data, the farthest superclass first: its `writeObject`'s
     *  (then `TC_ENDBLOCKDATA`) or its fields. */
    private void writeSerialData(Object obj, ObjectStreamClass desc) throws IOException {
        for (ObjectStreamClass slot : desc.layout()) {
            if (slot.writeObjectMethod != null || slot.isBuilder) {
                Object oldObj = curObj;
                ObjectStreamClass oldDesc = curDesc;
                PutFieldImpl oldPut = curPut;
                curObj = obj;
                curDesc = slot;
                curPut = null;
                try {
                    setBlockDataMode(true);
                    if (slot.isBuilder) {
                        RootSerialHooks.builderWrite((StringBuilder) obj, this);
                    } else {
                        invoke(slot.writeObjectMethod, new Object[] {obj, this});
                    }
                    setBlockDataMode(false);
                    put(TC_ENDBLOCKDATA);
                } finally {
                    curObj = oldObj;
                    curDesc = oldDesc;
                    curPut = oldPut;
                }
            } else {
                writeFields(obj, slot);
            }
        }
    }

    /** The values of `desc`'s fields of `obj`: the primitives, then the objects. */
    private void writeFields(Object obj, ObjectStreamClass desc) throws IOException {
        for (ObjectStreamField f : desc.fields) if (f.isPrimitive()) writePrimitive(f.getTypeCode(), get(f, obj));
        for (ObjectStreamField f : desc.fields) {
            if (f.isPrimitive()) continue;
            writeObject0(get(f, obj), f.isUnshared());
        }
    }

    private static Object get(ObjectStreamField f, Object obj) throws IOException {
        if (f.getter == null) return f.isPrimitive() ? zero(f.getTypeCode()) : null;
        return invoke(f.getter, new Object[] {obj});
    }

    /** The value of a primitive field with no field behind it (a `serialPersistentFields`
     *  name the class does not declare). */
    static Object zero(char type) {
        switch (type) {
            case 'Z': return Boolean.FALSE;
            case 'B': return (byte) 0;
            case 'C': return (char) 0;
            case 'S': return (short) 0;
            case 'I': return 0;
            case 'J': return 0L;
            case 'F': return 0f;
            default: return 0d;
        }
    }

    private void writePrimitive(char type, Object v) throws IOException {
        switch (type) {
            case 'Z': writeBoolean((Boolean) v); break;
            case 'B': writeByte((Byte) v); break;
            case 'C': writeChar((Character) v); break;
            case 'S': writeShort((Short) v); break;
            case 'I': writeInt((Integer) v); break;
            case 'J': writeLong((Long) v); break;
            case 'F': writeFloat((Float) v); break;
            default: writeDouble((Double) v); break;
        }
    }

    /** Calls a hook or accessor; an `IOException` or unchecked exception it throws passes
     *  through, as from the JDK's reflective calls. */
    static Object invoke(RootInvoker m, Object[] args) throws IOException {
        try {
            return m.call(args);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }

    /** The values of the serializable fields, set one by one and written by `writeFields`. */
    public abstract static class PutField {
        public PutField() {}
        public abstract void put(String name, boolean val);
        public abstract void put(String name, byte val);
        public abstract void put(String name, char val);
        public abstract void put(String name, short val);
        public abstract void put(String name, int val);
        public abstract void put(String name, long val);
        public abstract void put(String name, float val);
        public abstract void put(String name, double val);
        public abstract void put(String name, Object val);
        @Deprecated
        public abstract void write(ObjectOutput out) throws IOException;
    }

    private final class PutFieldImpl extends PutField {
        private final ObjectStreamClass desc;
        private final Object[] values;

        PutFieldImpl(ObjectStreamClass desc) {
            this.desc = desc;
            this.values = new Object[desc.fields.length];
            for (int i = 0; i < values.length; i++) {
                ObjectStreamField f = desc.fields[i];
                values[i] = f.isPrimitive() ? zero(f.getTypeCode()) : null;
            }
        }

        private void set(String name, String type, char code, Object v) {
            for (int i = 0; i < desc.fields.length; i++) {
                ObjectStreamField f = desc.fields[i];
                if (f.getName().equals(name) && (code == 'L' ? !f.isPrimitive() : f.getTypeCode() == code)) {
                    values[i] = v;
                    return;
                }
            }
            throw new IllegalArgumentException("no such field " + name + " with type " + type);
        }

        public void put(String name, boolean val) { set(name, "boolean", 'Z', val); }
        public void put(String name, byte val) { set(name, "byte", 'B', val); }
        public void put(String name, char val) { set(name, "char", 'C', val); }
        public void put(String name, short val) { set(name, "short", 'S', val); }
        public void put(String name, int val) { set(name, "int", 'I', val); }
        public void put(String name, long val) { set(name, "long", 'J', val); }
        public void put(String name, float val) { set(name, "float", 'F', val); }
        public void put(String name, double val) { set(name, "double", 'D', val); }
        public void put(String name, Object val) { set(name, "class java.lang.Object", 'L', val); }

        public void write(ObjectOutput out) throws IOException {
            if (ObjectOutputStream.this != out) throw new IllegalArgumentException("wrong stream");
            write();
        }

        void write() throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (desc.fields[i].isPrimitive()) writePrimitive(desc.fields[i].getTypeCode(), values[i]);
            }
            for (int i = 0; i < values.length; i++) {
                if (!desc.fields[i].isPrimitive()) writeObject0(values[i], desc.fields[i].isUnshared());
            }
        }
    }
}
