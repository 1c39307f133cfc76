package java.lang;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.StreamCorruptedException;
import java.util.ArrayList;
import java.util.List;

/** Internal to the runtime: the serialization hooks of the runtime's own classes (docs/jvm.md,
 *  "Serialization"). `Throwable`'s (throwable_serial.rs: the runtime's `Throwable` reads and
 *  sets its fields; these write and read the JDK's serial fields `cause`, `detailMessage`,
 *  `stackTrace` and `suppressedExceptions` with the public serialization API only) and
 *  `StringBuilder`'s for the library's object streams (`RootString` has them). */
public final class RootSerialHooks {
    private RootSerialHooks() {}

    /** `Throwable.writeObject`: the fields as the JDK's `defaultWriteObject` writes them (an
     *  unset cause as the throwable itself, the suppressed exceptions as a list). */
    public static void write(Throwable t, ObjectOutputStream s, Throwable cause, String message, StackTraceElement[] trace,
            Throwable[] suppressed) throws IOException {
        ObjectOutputStream.PutField fields = s.putFields();
        fields.put("cause", cause == null ? t : cause);
        fields.put("detailMessage", message);
        fields.put("stackTrace", trace);
        List<Throwable> list = new ArrayList<>();
        if (suppressed != null) {
            for (Throwable x : suppressed) list.add(x);
        }
        fields.put("suppressedExceptions", list);
        s.writeFields();
    }

    /** `Throwable.readObject`: {cause, message, stack trace, suppressed array} checked as the
     *  JDK checks them (null suppressed or trace elements, self-suppression). */
    public static Object[] read(Throwable t, ObjectInputStream s) throws IOException, ClassNotFoundException {
        ObjectInputStream.GetField fields = s.readFields();
        Object cause = fields.get("cause", null);
        Object message = fields.get("detailMessage", null);
        Object trace = fields.get("stackTrace", null);
        Object list = fields.get("suppressedExceptions", null);
        Throwable[] suppressed = null;
        if (list != null) {
            List<?> candidates = (List<?>) list;
            int size = validateSuppressed(candidates);
            if (size > 0) {
                suppressed = new Throwable[size];
                int i = 0;
                for (Object x : candidates) {
                    if (x == null) throw new NullPointerException("Cannot suppress a null exception.");
                    if (x == t) throw new IllegalArgumentException("Self-suppression not permitted");
                    if (i < size) suppressed[i++] = (Throwable) x;
                }
            }
        }
        StackTraceElement[] elements = null;
        if (trace != null) {
            elements = ((StackTraceElement[]) trace).clone();
            for (StackTraceElement e : elements) {
                if (e == null) throw new NullPointerException("null StackTraceElement in serial stream.");
            }
        }
        return new Object[] {cause == t ? null : (Throwable) cause, (String) message, elements, suppressed};
    }

    /** `Throwable.validateSuppressedExceptionsList`: the list's size; a list class outside
     *  `java.*` (the JDK: outside `java.base`) or a negative size is a corrupt stream. */
    public static int validateSuppressed(List<?> list) throws IOException {
        if (!list.getClass().getName().startsWith("java.")) throw new StreamCorruptedException("List implementation not in base module.");
        int size = list.size();
        if (size < 0) throw new StreamCorruptedException("Negative list size reported.");
        return size;
    }

    /** `StringBuilder`'s `writeObject` (`RootString.writeObject`). */
    public static void builderWrite(StringBuilder sb, ObjectOutputStream s) throws IOException { RootString.writeObject(sb, s); }

    /** `StringBuilder`'s `readObject` (`RootString.readObject`). */
    public static void builderRead(StringBuilder sb, ObjectInputStream s) throws IOException, ClassNotFoundException {
        RootString.readObject(sb, s);
    }
}
