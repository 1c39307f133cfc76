import java.io.*;
import java.util.*;

// Serialization errors: what is not serializable, and bad bytes (truncated, corrupted) as the
// JDK reports them. Every prefix of a real stream is read.
public class SerErrors {
    static class Thing { int x; }

    static class Holder implements Serializable {
        private static final long serialVersionUID = 1L;
        Object thing = new Thing();
    }

    static class Item implements Serializable {
        private static final long serialVersionUID = 2L;
        int id = 3;
        String name = "item";
        int[] data = {1, 2};
        List<String> tags = new ArrayList<>(List.of("t"));
    }

    static class Base implements Serializable {
        private static final long serialVersionUID = 4L;
        int b = 1;
    }

    static class Sub extends Base {
        private static final long serialVersionUID = 5L;
        int s = 2;
    }

    static class Noisy implements Serializable {
        private static final long serialVersionUID = 3L;
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            try {
                in.readInt();
            } catch (IOException e) {
                System.out.println("  past the end of its data: " + describe(e));
            }
            try {
                in.readObject();
            } catch (OptionalDataException e) {
                System.out.println("  object past the end: eof=" + e.eof + " length=" + e.length);
            }
        }
    }

    static String describe(Throwable e) {
        String s = e.getClass().getName() + ": " + e.getMessage();
        if (e instanceof OptionalDataException) s += " eof=" + ((OptionalDataException) e).eof + " length=" + ((OptionalDataException) e).length;
        return s;
    }

    static byte[] bytes(Object... objects) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bos);
        for (Object o : objects) out.writeObject(o);
        out.close();
        return bos.toByteArray();
    }

    static String read(byte[] b) {
        try {
            ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(b));
            Object o = in.readObject();
            return "ok " + (o == null ? "null" : o.getClass().getName());
        } catch (Exception e) {
            return describe(e);
        }
    }

    static void patch(String what, byte[] b, int at, int... values) {
        byte[] c = b.clone();
        for (int i = 0; i < values.length; i++) c[at + i] = (byte) values[i];
        System.out.println(what + ": " + read(c));
    }

    public static void main(String[] args) throws Exception {
        try {
            bytes(new Thing());
        } catch (NotSerializableException e) {
            System.out.println(describe(e));
        }
        try {
            bytes(new Holder());
        } catch (NotSerializableException e) {
            System.out.println(describe(e));
        }
        try {
            bytes(new ArrayList<>(List.of(new Thing())));
        } catch (NotSerializableException e) {
            System.out.println(describe(e));
        }

        byte[] item = bytes(new Item());
        System.out.println("item " + item.length);
        Set<String> seen = new LinkedHashSet<>();
        for (int n = 0; n < item.length; n++) {
            String r = read(Arrays.copyOf(item, n));
            if (seen.add(r)) System.out.println("prefix " + n + ": " + r);
        }
        System.out.println("whole: " + read(item));

        byte[] s = bytes("abc");
        patch("bad magic", s, 0, 0xCA, 0xFE);
        patch("bad version", s, 3, 4);
        patch("bad type code", s, 4, 0x55);
        patch("end block data", s, 4, 0x78);
        patch("block data", s, 4, 0x77, 0x01);
        patch("bad handle", s, 4, 0x71, 0x00, 0x7e, 0x00, 0x05);
        patch("huge string", s, 4, 0x7c, 0x7f, 0xff, 0xff, 0xff);
        patch("bad utf", s, 7, 0xc0);
        byte[] ints = bytes((Object) new int[] {1, 2, 3});
        System.out.println("ints " + ints.length);
        patch("huge array", ints, ints.length - 16, 0x00, 0xff, 0xff, 0xff);
        patch("negative array", ints, ints.length - 16, 0xff, 0xff, 0xff, 0xfe);
        patch("wrong suid", item, 29, 0x12);
        patch("enum flags", item, 30, 0x12);
        patch("both flags", item, 30, 0x06);
        patch("no flags", item, 30, 0x00);
        byte[] unknown = bytes(new Item());
        for (int i = 0; i + 4 < unknown.length; i++) {
            if (unknown[i] == 'I' && unknown[i + 1] == 't' && unknown[i + 2] == 'e' && unknown[i + 3] == 'm') {
                patch("unknown class", unknown, i, 'X');
                break;
            }
        }
        patch("bad field type", item, 33, 0x06);
        byte[] sub = bytes(new Sub());
        for (int i = 8; i + 5 < sub.length; i++) {
            if (sub[i] == 0x78 && sub[i + 1] == 0x72) {
                // The superclass's descriptor replaced by a handle to the class's own.
                patch("own descriptor as superclass", sub, i + 1, 0x71, 0x00, 0x7e, 0x00, 0x00);
                break;
            }
        }

        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bos);
        out.writeInt(7);
        out.writeObject("after");
        out.writeObject(new Noisy());
        out.close();
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()));
        try {
            in.readObject();
        } catch (OptionalDataException e) {
            System.out.println("primitive data first: " + describe(e));
        }
        System.out.println(in.readInt() + " " + in.readObject());
        try {
            in.readInt();
        } catch (EOFException e) {
            System.out.println("int at an object: " + describe(e));
        }
        System.out.println(in.readObject().getClass().getName());
        try {
            in.readObject();
        } catch (EOFException e) {
            System.out.println("end: " + describe(e));
        }
        try {
            new ObjectInputStream(new ByteArrayInputStream(new byte[0]));
        } catch (EOFException e) {
            System.out.println("empty: " + describe(e));
        }
        try {
            out.defaultWriteObject();
        } catch (NotActiveException e) {
            System.out.println(describe(e));
        }
    }
}
