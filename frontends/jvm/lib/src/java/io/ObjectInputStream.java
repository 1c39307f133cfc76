package java.io;

import java.lang.RootSerialHooks;
import java.lang.invoke.RootInvoker;
import java.util.ArrayList;
import java.util.List;

/** JDK 17's `ObjectInputStream` (docs/jvm.md, "Serialization"): reads what
 *  `ObjectOutputStream` writes. Bad bytes are exceptions (`StreamCorruptedException`,
 *  `EOFException`, `InvalidClassException`, ...), never more memory than the stream's bytes
 *  call for: arrays and long strings grow as their elements arrive. */
public class ObjectInputStream extends InputStream implements ObjectInput, ObjectStreamConstants {
    /** Arrays longer than this are read in growing chunks (see the class documentation). */
    private static final int DIRECT_ARRAY = 1 << 16;

    private final InputStream in;
    /** A peeked byte, or -2. */
    private int peeked = -2;
    private boolean blockMode;
    /** Bytes left in the current block (block data mode). */
    private int blockRemaining;
    /** The end of the current class's data was reached (block data mode). */
    private boolean blockEnd;
    /** The current class has no `writeObject` data: its custom reads end after the fields. */
    private boolean defaultDataEnd;
    private final List<Object> handles = new ArrayList<>();
    private int depth;
    private Object curObj;
    private ObjectStreamClass curDesc;
    private final DataInputStream data;

    public ObjectInputStream(InputStream in) throws IOException {
        this.in = in;
        this.data = new DataInputStream(this);
        readStreamHeader();
        blockMode = true;
    }

    protected ObjectInputStream() throws IOException {
        this.in = null;
        this.data = new DataInputStream(this);
    }

    protected void readStreamHeader() throws IOException {
        short s0 = readShort();
        short s1 = readShort();
        if (s0 != STREAM_MAGIC || s1 != STREAM_VERSION) {
            throw new StreamCorruptedException("invalid stream header: " + hex(s0 & 0xFFFF, 4) + hex(s1 & 0xFFFF, 4));
        }
    }

    // Raw bytes and blocks.

    private int rawRead() throws IOException {
        if (peeked != -2) {
            int b = peeked;
            peeked = -2;
            return b;
        }
        return in.read();
    }

    private int rawPeek() throws IOException {
        if (peeked == -2) peeked = in.read();
        return peeked;
    }

    private int rawByte() throws IOException {
        int b = rawRead();
        if (b < 0) throw new EOFException();
        return b;
    }

    private int rawInt() throws IOException {
        int v = 0;
        for (int i = 0; i < 4; i++) v = (v << 8) | rawByte();
        return v;
    }

    /** Whether block data is available, reading the next block header when the current block
     *  is used up (and `TC_RESET`s between blocks). */
    private boolean blockAvailable() throws IOException {
        while (blockRemaining == 0) {
            if (blockEnd || defaultDataEnd) return false;
            int tc = rawPeek();
            if (tc == (TC_BLOCKDATA & 0xFF)) {
                rawRead();
                blockRemaining = headerByte();
            } else if (tc == (TC_BLOCKDATALONG & 0xFF)) {
                rawRead();
                int n = 0;
                for (int i = 0; i < 4; i++) n = (n << 8) | headerByte();
                if (n < 0) throw new StreamCorruptedException("illegal block data header length: " + n);
                blockRemaining = n;
            } else if (tc == (TC_RESET & 0xFF)) {
                rawRead();
                handleReset();
            } else {
                if (tc >= 0 && (tc < (TC_BASE & 0xFF) || tc > (TC_MAX & 0xFF))) {
                    throw new StreamCorruptedException("invalid type code: " + hex(tc, 2));
                }
                blockEnd = true;
                return false;
            }
        }
        return true;
    }

    /** A byte of a block header, as the JDK words the end of the stream there. */
    private int headerByte() throws IOException {
        int b = rawRead();
        if (b < 0) throw new StreamCorruptedException("unexpected EOF while reading block data header");
        return b;
    }

    private void handleReset() throws StreamCorruptedException {
        if (depth > 0) throw new StreamCorruptedException("unexpected reset; recursion depth: " + depth);
        handles.clear();
    }

    /** Switches block data mode; returns the old mode. Leaving it with data unread is the
     *  JDK's `IllegalStateException("unread block data")`. */
    private boolean setBlockDataMode(boolean mode) {
        boolean old = blockMode;
        if (old == mode) return old;
        if (!mode && blockRemaining > 0) throw new IllegalStateException("unread block data");
        blockMode = mode;
        blockEnd = false;
        blockRemaining = 0;
        return old;
    }

    // InputStream and DataInput: in block data mode, the current blocks' bytes.

    public int read() throws IOException {
        if (!blockMode) return rawRead();
        if (!blockAvailable()) return -1;
        blockRemaining--;
        int b = rawRead();
        if (b < 0) throw new StreamCorruptedException("unexpected EOF in middle of data block");
        return b;
    }

    public int read(byte[] b, int off, int len) throws IOException {
        if (b == null) throw new NullPointerException();
        OutputStream.checkFromIndexSize(off, len, b.length);
        if (len == 0) return 0;
        int n = 0;
        while (n < len) {
            int c = read();
            if (c < 0) break;
            b[off + n++] = (byte) c;
        }
        return n == 0 ? -1 : n;
    }

    public int available() throws IOException {
        return blockMode && blockAvailable() ? blockRemaining : 0;
    }

    public void close() throws IOException {
        depth = 0;
        in.close();
    }

    private int next() throws IOException {
        int c = read();
        if (c < 0) throw new EOFException();
        return c;
    }

    public boolean readBoolean() throws IOException { return next() != 0; }
    public byte readByte() throws IOException { return (byte) next(); }
    public int readUnsignedByte() throws IOException { return next(); }
    public char readChar() throws IOException { return (char) readUnsignedShort(); }
    public short readShort() throws IOException { return (short) readUnsignedShort(); }
    public int readUnsignedShort() throws IOException {
        int a = next();
        return (a << 8) | next();
    }
    public int readInt() throws IOException {
        int v = 0;
        for (int i = 0; i < 4; i++) v = (v << 8) | next();
        return v;
    }
    public long readLong() throws IOException {
        long hi = readInt();
        return (hi << 32) | (readInt() & 0xFFFFFFFFL);
    }
    public float readFloat() throws IOException { return Float.intBitsToFloat(readInt()); }
    public double readDouble() throws IOException { return Double.longBitsToDouble(readLong()); }
    public void readFully(byte[] b) throws IOException { readFully(b, 0, b.length); }
    public void readFully(byte[] b, int off, int len) throws IOException {
        OutputStream.checkFromIndexSize(off, len, b.length);
        for (int i = 0; i < len; i++) b[off + i] = (byte) next();
    }
    public int skipBytes(int len) throws IOException {
        int n = 0;
        while (n < len && read() >= 0) n++;
        return n;
    }
    @Deprecated
    public String readLine() throws IOException { return data.readLine(); }
    public String readUTF() throws IOException { return DataInputStream.readUTF(data); }

    /** A string of `length` bytes of modified UTF-8, read as they arrive (a corrupt length
     *  meets the end of the stream, not a huge allocation). */
    private String readUTFBody(long length) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream((int) Math.min(length, 8192));
        for (long i = 0; i < length; i++) bytes.write(next());
        try {
            return DataInputStream.decodeUTF(bytes.toByteArray(), bytes.size());
        } catch (UTFDataFormatException e) {
            // The JDK's object streams decode strings themselves, without a message.
            throw new UTFDataFormatException();
        }
    }

    /** `v` in upper-case hexadecimal, at least `digits` long (as the JDK's `%02X`). */
    static String hex(int v, int digits) {
        String s = Integer.toHexString(v).toUpperCase();
        while (s.length() < digits) s = "0" + s;
        return s;
    }

    // Objects.

    public final Object readObject() throws IOException, ClassNotFoundException { return readObject0(false); }
    public Object readUnshared() throws IOException, ClassNotFoundException { return readObject0(true); }

    /** Reads the fields of the object whose `readObject` runs. */
    public void defaultReadObject() throws IOException, ClassNotFoundException {
        if (curDesc == null) throw new NotActiveException("not in call to readObject");
        setBlockDataMode(false);
        readFields(curObj, curDesc);
        setBlockDataMode(true);
        if (!curDesc.hasWriteObjectData()) defaultDataEnd = true;
    }

    public GetField readFields() throws IOException, ClassNotFoundException {
        if (curDesc == null) throw new NotActiveException("not in call to readObject");
        setBlockDataMode(false);
        GetFieldImpl fields = new GetFieldImpl(curDesc, readValues(curDesc));
        setBlockDataMode(true);
        if (!curDesc.hasWriteObjectData()) defaultDataEnd = true;
        return fields;
    }

    public void registerValidation(ObjectInputValidation obj, int prio) throws NotActiveException, InvalidObjectException {
        if (depth == 0) throw new NotActiveException("stream inactive");
        if (obj == null) throw new InvalidObjectException("null callback");
        validations.add(obj);
    }

    private final List<ObjectInputValidation> validations = new ArrayList<>();

    protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        return classOf(desc.getName());
    }

    protected Object resolveObject(Object obj) throws IOException { return obj; }

    /** The class named `name` (`[I`, `[Lpkg.C;` too). */
    private static Class<?> classOf(String name) throws ClassNotFoundException {
        // A string is a VM string, no class of the module: `forName` does not know it.
        if (name.equals("java.lang.String")) return String.class;
        if (!name.startsWith("[")) return Class.forName(name);
        if (name.length() < 2) throw new ClassNotFoundException(name);
        Class<?> component;
        switch (name.charAt(1)) {
            case 'Z': component = boolean.class; break;
            case 'B': component = byte.class; break;
            case 'C': component = char.class; break;
            case 'S': component = short.class; break;
            case 'I': component = int.class; break;
            case 'J': component = long.class; break;
            case 'F': component = float.class; break;
            case 'D': component = double.class; break;
            case '[': component = classOf(name.substring(1)); break;
            case 'L':
                if (!name.endsWith(";")) throw new ClassNotFoundException(name);
                component = classOf(name.substring(2, name.length() - 1));
                break;
            default: throw new ClassNotFoundException(name);
        }
        if (name.length() != 2 && name.charAt(1) != 'L' && name.charAt(1) != '[') throw new ClassNotFoundException(name);
        return java.lang.reflect.Array.newInstance(component, 0).getClass();
    }

    private int peekCode() throws IOException {
        int tc = rawPeek();
        if (tc < 0) throw new EOFException();
        return tc;
    }

    private Object readObject0(boolean unshared) throws IOException, ClassNotFoundException {
        boolean oldMode = blockMode;
        if (oldMode) {
            if (blockAvailable()) throw new OptionalDataException(blockRemaining);
            if (defaultDataEnd) throw new OptionalDataException(true);
            setBlockDataMode(false);
        }
        int tc;
        while ((tc = peekCode()) == (TC_RESET & 0xFF)) {
            rawRead();
            handleReset();
        }
        depth++;
        try {
            if (oldMode && tc == (TC_ENDBLOCKDATA & 0xFF)) throw new OptionalDataException(true);
            Object obj = readContent(tc, unshared);
            if (depth == 1 && !validations.isEmpty()) {
                List<ObjectInputValidation> all = new ArrayList<>(validations);
                validations.clear();
                for (ObjectInputValidation v : all) v.validateObject();
            }
            return obj;
        } finally {
            depth--;
            blockMode = oldMode;
            blockEnd = false;
        }
    }

    private Object readContent(int tc, boolean unshared) throws IOException, ClassNotFoundException {
        switch ((byte) tc) {
            case TC_NULL: rawRead(); return null;
            case TC_REFERENCE: return readHandle(unshared);
            case TC_CLASS: return readClass(unshared);
            case TC_CLASSDESC: case TC_PROXYCLASSDESC: return readClassDesc(unshared);
            case TC_STRING: case TC_LONGSTRING: return readString(unshared);
            case TC_ARRAY: return readArray(unshared);
            case TC_ENUM: return readEnum(unshared);
            case TC_OBJECT: return readOrdinaryObject(unshared);
            case TC_EXCEPTION: throw new StreamCorruptedException("exception written to the stream (TC_EXCEPTION) is not supported");
            case TC_BLOCKDATA: case TC_BLOCKDATALONG: throw new StreamCorruptedException("unexpected block data");
            case TC_ENDBLOCKDATA: throw new StreamCorruptedException("unexpected end of block data");
            default: throw new StreamCorruptedException("invalid type code: " + hex(tc, 2));
        }
    }

    private Object readHandle(boolean unshared) throws IOException {
        rawRead();
        int h = rawInt() - baseWireHandle;
        if (h < 0 || h >= handles.size()) {
            throw new StreamCorruptedException("invalid handle value: " + hex(h + baseWireHandle, 8));
        }
        if (unshared) throw new InvalidObjectException("cannot read back reference as unshared");
        return handles.get(h);
    }

    private int assign(Object obj) {
        handles.add(obj);
        return handles.size() - 1;
    }

    private Class<?> readClass(boolean unshared) throws IOException, ClassNotFoundException {
        rawRead();
        ObjectStreamClass desc = readClassDesc(false);
        Class<?> cl = desc.forClass();
        assign(cl);
        return cl;
    }

    private ObjectStreamClass readClassDesc(boolean unshared) throws IOException, ClassNotFoundException {
        int tc = peekCode();
        switch ((byte) tc) {
            case TC_NULL: rawRead(); return null;
            case TC_REFERENCE: {
                Object d = readHandle(unshared);
                if (!(d instanceof ObjectStreamClass)) throw new StreamCorruptedException("invalid class descriptor handle");
                return (ObjectStreamClass) d;
            }
            case TC_CLASSDESC: return readNonProxyDesc(unshared);
            case TC_PROXYCLASSDESC: throw new InvalidClassException("proxy classes are not supported");
            default: throw new StreamCorruptedException("invalid type code: " + hex(tc, 2));
        }
    }

    /** A class descriptor from the stream, matched with the local class of its name. */
    private ObjectStreamClass readNonProxyDesc(boolean unshared) throws IOException, ClassNotFoundException {
        rawRead();
        ObjectStreamClass desc = new ObjectStreamClass();
        assign(desc);
        desc.name = readUTF();
        long suid = readLong();
        desc.flags = readByte();
        boolean ser = (desc.flags & SC_SERIALIZABLE) != 0, ext = (desc.flags & SC_EXTERNALIZABLE) != 0;
        if (ser && ext) throw new InvalidClassException(desc.name, "serializable and externalizable flags conflict");
        boolean isEnum = (desc.flags & SC_ENUM) != 0;
        if (isEnum && suid != 0L) throw new InvalidClassException(desc.name, "enum descriptor has non-zero serialVersionUID: " + suid);
        int n = readShort();
        if (isEnum && n != 0) throw new InvalidClassException(desc.name, "enum descriptor has non-zero field count: " + n);
        if (n < 0) throw new NegativeArraySizeException(String.valueOf(n));
        List<ObjectStreamField> fields = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            char tcode = (char) readByte();
            String fname = readUTF();
            String signature;
            if (tcode == 'L' || tcode == '[') {
                signature = readTypeString();
            } else if ("ZBCSIJFD".indexOf(tcode) >= 0) {
                signature = String.valueOf(tcode);
            } else {
                throw new InvalidClassException(desc.name, "invalid descriptor for field " + fname);
            }
            if (signature == null || signature.isEmpty() || signature.charAt(0) != tcode) {
                throw new InvalidClassException(desc.name, "invalid descriptor for field " + fname);
            }
            fields.add(new ObjectStreamField(fname, signature, false));
        }
        desc.fields = fields.toArray(new ObjectStreamField[0]);
        Class<?> cl = resolveClass(desc);
        skipCustomData();
        desc.superDesc = readClassDesc(false);
        ObjectStreamClass sup = desc.superDesc;
        // A handle to a descriptor still being read (itself: a cycle the class data layout
        // would loop on), or a superclass descriptor that is not of a superclass.
        if (sup != null && sup.cl == null) throw new InvalidClassException("Class descriptor should be initialized");
        if (sup != null && (sup.cl == cl || !sup.cl.isAssignableFrom(cl))) {
            throw new InvalidClassException(desc.name, "invalid superclass descriptor " + sup.name);
        }
        matchLocal(desc, cl, suid);
        return desc;
    }

    /** Fills stream descriptor `desc` with what its local class `cl` knows. */
    private static void matchLocal(ObjectStreamClass desc, Class<?> cl, long suid) throws InvalidClassException {
        ObjectStreamClass local = ObjectStreamClass.lookupAny(cl);
        desc.cl = cl;
        boolean ser = (desc.flags & SC_SERIALIZABLE) != 0, ext = (desc.flags & SC_EXTERNALIZABLE) != 0;
        boolean isEnum = (desc.flags & SC_ENUM) != 0;
        if ((ser || ext) == local.serializable && !cl.isArray() && !local.isRecord && suid != local.getSerialVersionUID()) {
            throw new InvalidClassException(desc.name, "local class incompatible: stream classdesc serialVersionUID = " + suid
                + ", local class serialVersionUID = " + local.getSerialVersionUID());
        }
        if (isEnum != local.isEnum) {
            throw new InvalidClassException(isEnum ? "cannot bind enum descriptor to a non-enum class" : "cannot bind non-enum descriptor to an enum class");
        }
        String invalid = local.deserializeError;
        if (!local.isEnum) {
            if ((ser || ext) == local.serializable && ext != local.externalizable) {
                throw new InvalidClassException(desc.name, "Serializable incompatible with Externalizable");
            }
            if ((ser || ext) != local.serializable || ext != local.externalizable || !local.serializable) invalid = "class invalid for deserialization";
        }
        desc.serializable = local.serializable;
        desc.externalizable = local.externalizable;
        desc.isEnum = local.isEnum;
        desc.isRecord = local.isRecord;
        desc.isThrowable = local.isThrowable;
        desc.isBuilder = local.isBuilder;
        desc.allocator = local.allocator;
        desc.noArgConstructor = local.noArgConstructor;
        desc.readObjectMethod = local.readObjectMethod;
        desc.readObjectNoDataMethod = local.readObjectNoDataMethod;
        desc.readResolveMethod = local.readResolveMethod;
        desc.deserializeError = invalid;
        desc.local = local;
        for (ObjectStreamField f : desc.fields) {
            ObjectStreamField mine = local.field(f.getName(), null);
            if (mine == null) continue;
            if (!ObjectStreamClass.signature(mine).equals(ObjectStreamClass.signature(f)) && (f.isPrimitive() || mine.isPrimitive())) {
                throw new InvalidClassException(desc.name, "incompatible types for field " + f.getName());
            }
            f.getter = mine.getter;
            f.setter = mine.setter;
        }
    }

    private String readTypeString() throws IOException, ClassNotFoundException {
        int tc = peekCode();
        switch ((byte) tc) {
            case TC_NULL: rawRead(); return null;
            case TC_REFERENCE: {
                Object s = readHandle(false);
                if (!(s instanceof String)) throw new StreamCorruptedException("invalid type string handle");
                return (String) s;
            }
            case TC_STRING: case TC_LONGSTRING: return readString(false);
            default: throw new StreamCorruptedException("invalid type code: " + hex(tc, 2));
        }
    }

    private String readString(boolean unshared) throws IOException {
        int tc = rawByte();
        String s;
        if (tc == (TC_STRING & 0xFF)) {
            s = readUTFBody(readUnsignedShort());
        } else if (tc == (TC_LONGSTRING & 0xFF)) {
            long n = readLong();
            if (n < 0) throw new StreamCorruptedException("invalid string length: " + n);
            s = readUTFBody(n);
        } else {
            throw new StreamCorruptedException("invalid type code: " + hex(tc, 2));
        }
        assign(s);
        return s;
    }

    /** Reads class data and objects up to the `TC_ENDBLOCKDATA` that ends a class's custom data. */
    private void skipCustomData() throws IOException, ClassNotFoundException {
        for (;;) {
            int tc = peekCode();
            if (tc == (TC_BLOCKDATA & 0xFF) || tc == (TC_BLOCKDATALONG & 0xFF)) {
                boolean old = blockMode;
                blockMode = true;
                blockEnd = false;
                while (blockAvailable()) {
                    rawByte();
                    blockRemaining--;
                }
                blockMode = old;
                blockEnd = false;
            } else if (tc == (TC_ENDBLOCKDATA & 0xFF)) {
                rawRead();
                return;
            } else {
                readObject0(false);
            }
        }
    }

    private Object readArray(boolean unshared) throws IOException, ClassNotFoundException {
        rawRead();
        ObjectStreamClass desc = readClassDesc(false);
        if (desc == null || !desc.name.startsWith("[")) throw new StreamCorruptedException("invalid array descriptor");
        int len = readInt();
        if (len < 0) throw new NegativeArraySizeException(String.valueOf(len));
        Class<?> component = desc.forClass().getComponentType();
        int h = assign(null);
        Object array;
        if (!component.isPrimitive()) {
            Object[] a = (Object[]) java.lang.reflect.Array.newInstance(component, Math.min(len, DIRECT_ARRAY));
            if (len <= DIRECT_ARRAY) handles.set(h, a);
            for (int i = 0; i < len; i++) {
                if (i == a.length) a = grow(a, component, len);
                a[i] = readObject0(false);
            }
            array = a;
        } else {
            array = readPrimitives(ObjectStreamField.signatureOf(component).charAt(0), len);
        }
        handles.set(h, array);
        return array;
    }

    private static Object[] grow(Object[] a, Class<?> component, int len) {
        Object[] b = (Object[]) java.lang.reflect.Array.newInstance(component, (int) Math.min((long) a.length * 2, len));
        System.arraycopy(a, 0, b, 0, a.length);
        return b;
    }

    /** `len` primitive values of type `code`, read in chunks so that a corrupt length meets the
     *  end of the stream first. */
    private Object readPrimitives(char code, int len) throws IOException {
        int cap = Math.min(len, DIRECT_ARRAY);
        Object out = newPrimitives(code, cap);
        for (int i = 0; i < len; i++) {
            if (i == cap) {
                cap = (int) Math.min((long) cap * 2, len);
                Object bigger = newPrimitives(code, cap);
                System.arraycopy(out, 0, bigger, 0, i);
                out = bigger;
            }
            switch (code) {
                case 'Z': ((boolean[]) out)[i] = readBoolean(); break;
                case 'B': ((byte[]) out)[i] = readByte(); break;
                case 'C': ((char[]) out)[i] = readChar(); break;
                case 'S': ((short[]) out)[i] = readShort(); break;
                case 'I': ((int[]) out)[i] = readInt(); break;
                case 'J': ((long[]) out)[i] = readLong(); break;
                case 'F': ((float[]) out)[i] = readFloat(); break;
                default: ((double[]) out)[i] = readDouble(); break;
            }
        }
        return out;
    }

    private static Object newPrimitives(char code, int n) {
        switch (code) {
            case 'Z': return new boolean[n];
            case 'B': return new byte[n];
            case 'C': return new char[n];
            case 'S': return new short[n];
            case 'I': return new int[n];
            case 'J': return new long[n];
            case 'F': return new float[n];
            default: return new double[n];
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Enum<?> readEnum(boolean unshared) throws IOException, ClassNotFoundException {
        rawRead();
        ObjectStreamClass desc = readClassDesc(false);
        if (desc == null || !desc.isEnum) throw new InvalidClassException("non-enum class: " + (desc == null ? null : desc.name));
        int h = assign(null);
        String name = readString(false);
        Enum<?> result;
        try {
            result = Enum.valueOf((Class) desc.forClass(), name);
        } catch (IllegalArgumentException ex) {
            InvalidObjectException e = new InvalidObjectException("enum constant " + name + " does not exist in " + desc.forClass());
            e.initCause(ex);
            throw e;
        }
        handles.set(h, result);
        return result;
    }

    private Object readOrdinaryObject(boolean unshared) throws IOException, ClassNotFoundException {
        rawRead();
        ObjectStreamClass desc = readClassDesc(false);
        if (desc == null) throw new StreamCorruptedException("invalid class descriptor");
        Class<?> cl = desc.forClass();
        if (cl == String.class || cl == Class.class || cl == ObjectStreamClass.class || cl.isArray() || desc.isEnum) {
            throw new InvalidClassException("invalid class descriptor");
        }
        if (desc.deserializeError != null) throw new InvalidClassException(desc.name, desc.deserializeError);
        int h = assign(null);
        Object obj;
        if (desc.isRecord) {
            obj = readRecord(desc);
        } else if (desc.externalizable) {
            obj = ObjectOutputStream.invoke(desc.noArgConstructor, new Object[0]);
            handles.set(h, obj);
            readExternalData((Externalizable) obj, desc);
        } else {
            if (desc.allocator == null && !desc.isBuilder) throw new InvalidClassException(desc.name, "no valid constructor");
            obj = desc.isBuilder ? new StringBuilder() : ObjectOutputStream.invoke(desc.allocator, new Object[0]);
            handles.set(h, obj);
            readSerialData(obj, desc);
        }
        handles.set(h, obj);
        if (desc.readResolveMethod != null) {
            Object rep = ObjectOutputStream.invoke(desc.readResolveMethod, new Object[] {obj});
            if (rep != obj) {
                obj = rep;
                handles.set(h, obj);
            }
        }
        return obj;
    }

    private Object readRecord(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        Object[] values = readValues(desc);
        ObjectStreamField[] components = desc.local.recordComponents();
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            ObjectStreamField c = components[i];
            args[i] = c.isPrimitive() ? ObjectOutputStream.zero(c.getTypeCode()) : null;
            for (int j = 0; j < desc.fields.length; j++) {
                ObjectStreamField f = desc.fields[j];
                if (f.getName().equals(c.getName()) && ObjectStreamClass.signature(f).equals(ObjectStreamClass.signature(c))) {
                    args[i] = values[j];
                }
            }
        }
        RootInvoker ctor = desc.local.canonicalConstructor(components);
        if (ctor == null) throw new InvalidClassException(desc.name, "record canonical constructor not found");
        return ObjectOutputStream.invoke(ctor, args);
    }

    private void readExternalData(Externalizable obj, ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        Object oldObj = curObj;
        ObjectStreamClass oldDesc = curDesc;
        boolean oldEnd = defaultDataEnd;
        curObj = null;
        curDesc = null;
        boolean blocked = desc.hasBlockExternalData();
        try {
            if (blocked) setBlockDataMode(true);
            obj.readExternal(this);
            if (blocked) skipToEnd();
        } finally {
            curObj = oldObj;
            curDesc = oldDesc;
            defaultDataEnd = oldEnd;
        }
    }

    /** Leaves block data mode after a class's custom data, skipping what its reader left. */
    private void skipToEnd() throws IOException, ClassNotFoundException {
        blockRemaining = 0;
        blockMode = false;
        blockEnd = false;
        defaultDataEnd = false;
        skipCustomData();
    }

    /** Each serializable class's data, the farthest superclass first. */
    private void readSerialData(Object obj, ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        for (ObjectStreamClass slot : desc.layout()) {
            if (slot.readObjectMethod != null || slot.isBuilder) {
                Object oldObj = curObj;
                ObjectStreamClass oldDesc = curDesc;
                boolean oldEnd = defaultDataEnd;
                curObj = obj;
                curDesc = slot;
                defaultDataEnd = false;
                try {
                    setBlockDataMode(true);
                    if (slot.isBuilder) {
                        RootSerialHooks.builderRead((StringBuilder) obj, this);
                    } else {
                        ObjectOutputStream.invoke(slot.readObjectMethod, new Object[] {obj, this});
                    }
                } finally {
                    curObj = oldObj;
                    curDesc = oldDesc;
                }
                if (slot.hasWriteObjectData()) {
                    skipToEnd();
                } else {
                    blockRemaining = 0;
                    blockMode = false;
                    blockEnd = false;
                }
                defaultDataEnd = oldEnd;
            } else {
                readFields(obj, slot);
                if (slot.hasWriteObjectData()) skipCustomData();
            }
        }
    }

    /** The stream's values of `desc`'s fields, in its order. */
    private Object[] readValues(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        Object[] values = new Object[desc.fields.length];
        for (int i = 0; i < values.length; i++) {
            if (desc.fields[i].isPrimitive()) values[i] = readPrimitive(desc.fields[i].getTypeCode());
        }
        for (int i = 0; i < values.length; i++) {
            if (!desc.fields[i].isPrimitive()) values[i] = readObject0(desc.fields[i].isUnshared());
        }
        return values;
    }

    /** Reads `desc`'s fields and sets those the local class has. */
    private void readFields(Object obj, ObjectStreamClass desc) throws IOException, ClassNotFoundException {
        Object[] values = readValues(desc);
        for (int i = 0; i < values.length; i++) {
            ObjectStreamField f = desc.fields[i];
            Object v = values[i];
            if (f.setter == null) continue;
            if (v != null && !f.isPrimitive()) checkAssignable(desc, f, v);
            ObjectOutputStream.invoke(f.setter, new Object[] {obj, v});
        }
    }

    /** The JDK's `ClassCastException` for a value of the wrong class for its field. */
    private static void checkAssignable(ObjectStreamClass desc, ObjectStreamField f, Object v) {
        ObjectStreamField mine = desc.local.field(f.getName(), null);
        Class<?> type = mine == null ? null : mine.getType();
        if (type == null || type.isInstance(v)) return;
        throw new ClassCastException("cannot assign instance of " + v.getClass().getName() + " to field " + desc.name + "."
            + f.getName() + " of type " + type.getName() + " in instance of " + desc.name);
    }

    private Object readPrimitive(char code) throws IOException {
        switch (code) {
            case 'Z': return readBoolean();
            case 'B': return readByte();
            case 'C': return readChar();
            case 'S': return readShort();
            case 'I': return readInt();
            case 'J': return readLong();
            case 'F': return readFloat();
            default: return readDouble();
        }
    }

    /** The values of a class's serializable fields as read by `readFields`. */
    public abstract static class GetField {
        public GetField() {}
        public abstract ObjectStreamClass getObjectStreamClass();
        public abstract boolean defaulted(String name) throws IOException;
        public abstract boolean get(String name, boolean val) throws IOException;
        public abstract byte get(String name, byte val) throws IOException;
        public abstract char get(String name, char val) throws IOException;
        public abstract short get(String name, short val) throws IOException;
        public abstract int get(String name, int val) throws IOException;
        public abstract long get(String name, long val) throws IOException;
        public abstract float get(String name, float val) throws IOException;
        public abstract double get(String name, double val) throws IOException;
        public abstract Object get(String name, Object val) throws IOException, ClassNotFoundException;
    }

    private static final class GetFieldImpl extends GetField {
        private final ObjectStreamClass desc;
        private final Object[] values;

        GetFieldImpl(ObjectStreamClass desc, Object[] values) {
            this.desc = desc;
            this.values = values;
        }

        public ObjectStreamClass getObjectStreamClass() { return desc; }

        /** The index of field `name` of type `code` in the stream, -1 when the stream lacks it
         *  but the local class has it (its default then); else the JDK's exception. */
        private int index(String name, char code, String type) {
            for (int i = 0; i < desc.fields.length; i++) {
                ObjectStreamField f = desc.fields[i];
                if (f.getName().equals(name) && (code == 'L' ? !f.isPrimitive() : f.getTypeCode() == code)) return i;
            }
            if (desc.local != null) {
                ObjectStreamField mine = desc.local.field(name, null);
                if (mine != null && (code == 'L' ? !mine.isPrimitive() : mine.getTypeCode() == code)) return -1;
            }
            throw new IllegalArgumentException("no such field " + name + " with type " + type);
        }

        public boolean defaulted(String name) {
            for (ObjectStreamField f : desc.fields) if (f.getName().equals(name)) return false;
            if (desc.local != null && desc.local.field(name, null) != null) return true;
            throw new IllegalArgumentException("no such field " + name);
        }

        private Object value(String name, char code, String type, Object dflt) {
            int i = index(name, code, type);
            return i < 0 ? dflt : values[i];
        }

        public boolean get(String name, boolean val) { return (Boolean) value(name, 'Z', "boolean", val); }
        public byte get(String name, byte val) { return (Byte) value(name, 'B', "byte", val); }
        public char get(String name, char val) { return (Character) value(name, 'C', "char", val); }
        public short get(String name, short val) { return (Short) value(name, 'S', "short", val); }
        public int get(String name, int val) { return (Integer) value(name, 'I', "int", val); }
        public long get(String name, long val) { return (Long) value(name, 'J', "long", val); }
        public float get(String name, float val) { return (Float) value(name, 'F', "float", val); }
        public double get(String name, double val) { return (Double) value(name, 'D', "double", val); }
        public Object get(String name, Object val) { return value(name, 'L', "class java.lang.Object", val); }
    }
}
