package java.lang.invoke;

/** A var handle of the elements of arrays of one class (`[I`, `[Ljava.lang.String;`, ...):
 *  two coordinates, the array and the index. */
final class ArrayVarHandle extends VarHandle {
    private final char kind;

    ArrayVarHandle(String arrayClass) { this.kind = arrayClass.charAt(1); }

    int coordinates() { return 2; }

    Object read(Object[] args) {
        Object a = args[0];
        int i = (Integer) args[1];
        switch (kind) {
            case 'I': return ((int[]) a)[i];
            case 'J': return ((long[]) a)[i];
            case 'D': return ((double[]) a)[i];
            case 'F': return ((float[]) a)[i];
            case 'S': return ((short[]) a)[i];
            case 'C': return ((char[]) a)[i];
            case 'B': return ((byte[]) a)[i];
            case 'Z': return ((boolean[]) a)[i];
            default: return ((Object[]) a)[i];
        }
    }

    void write(Object[] args, Object v) {
        Object a = args[0];
        int i = (Integer) args[1];
        switch (kind) {
            case 'I': ((int[]) a)[i] = ((Number) v).intValue(); break;
            case 'J': ((long[]) a)[i] = ((Number) v).longValue(); break;
            case 'D': ((double[]) a)[i] = ((Number) v).doubleValue(); break;
            case 'F': ((float[]) a)[i] = ((Number) v).floatValue(); break;
            case 'S': ((short[]) a)[i] = ((Number) v).shortValue(); break;
            case 'C': ((char[]) a)[i] = (Character) v; break;
            case 'B': ((byte[]) a)[i] = ((Number) v).byteValue(); break;
            case 'Z': ((boolean[]) a)[i] = (Boolean) v; break;
            default: ((Object[]) a)[i] = v;
        }
    }
}
