import java.io.*;
import java.util.*;

// Serialization: the bytes of each stream, compared with HotSpot's (docs/jvm.md, "Serialization").
public class SerBytes {
    enum Color { RED, GREEN, BLUE { public String toString() { return "blue"; } } }

    record Point(int x, int y, String label) implements Serializable {}

    // No declared serialVersionUID: the default one (SHA-1 of the class's shape).
    static class Plain implements Serializable {
        int a = 1;
        long b = 2;
        protected String s = "s";
        public static int counter;
        transient Object cache = new Object();
        Plain() {}
        public int sum() { return a + (int) b; }
        void touch(String why) {}
    }

    static class Base implements Serializable {
        private static final long serialVersionUID = 7L;
        int base = 10;
    }

    static class Derived extends Base {
        private static final long serialVersionUID = 8L;
        char c = 'x';
        boolean flag = true;
        byte by = -3;
        short sh = 300;
        float f = 2.5f;
        double d = -0.125;
        Base other;
    }

    static class Custom implements Serializable {
        private static final long serialVersionUID = 9L;
        int n = 5;
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            out.writeUTF("extra");
            out.writeInt(n * 2);
            out.writeObject(List.of("in", "list").size());
        }
    }

    static class Fields implements Serializable {
        private static final long serialVersionUID = 10L;
        private static final ObjectStreamField[] serialPersistentFields = {
            new ObjectStreamField("total", int.class), new ObjectStreamField("name", String.class),
        };
        int hidden = 4;
        private void writeObject(ObjectOutputStream out) throws IOException {
            ObjectOutputStream.PutField pf = out.putFields();
            pf.put("total", hidden * 10);
            pf.put("name", "fields");
            out.writeFields();
        }
    }

    static String hex(byte[] b) {
        StringBuilder sb = new StringBuilder();
        for (byte x : b) sb.append(String.format("%02x", x & 0xff));
        return sb.toString();
    }

    static void show(String what, Object... objects) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bos);
        for (Object o : objects) out.writeObject(o);
        out.flush();
        byte[] bytes = bos.toByteArray();
        System.out.println(what + " " + bytes.length + " " + hex(bytes));
    }

    public static void main(String[] args) throws Exception {
        show("string", "hello");
        show("unicode", "h\u00e9\u4e2d\u0000!");
        show("null", (Object) null);
        show("boxes", 1, 2L, 3.5, 4.5f, (short) 5, (byte) 6, 'c', true);
        show("ints", new int[] {1, -2, 3});
        show("prims", new long[] {7}, new double[] {0.5}, new float[] {1f}, new char[] {'a'}, new short[] {-1},
                new byte[] {1, 2}, new boolean[] {true, false});
        show("strings", (Object) new String[] {"a", null, "a"});
        show("matrix", (Object) new int[][] {{1}, {2, 3}});
        show("objects", (Object) new Object[] {1, "x", null});
        show("arraylist", new ArrayList<>(List.of(1, 2, 3)));
        show("linkedlist", new LinkedList<>(List.of("a", "b")));
        HashMap<String, Integer> map = new HashMap<>();
        for (int i = 0; i < 20; i++) map.put("k" + i, i);
        show("hashmap", map);
        show("hashset", new HashSet<>(List.of(3, 1, 2)));
        show("treemap", new TreeMap<>(Map.of("b", 2, "a", 1)));
        show("treeset", new TreeSet<>(List.of("z", "y")));
        LinkedHashMap<String, Integer> linked = new LinkedHashMap<>();
        linked.put("z", 1);
        linked.put("a", 2);
        show("linkedhashmap", linked);
        show("linkedhashset", new LinkedHashSet<>(List.of(3, 1)));
        HashSet<String> grown = new HashSet<>();
        for (int i = 0; i < 30; i++) grown.add("e" + i);
        show("grown hashset", grown);
        show("empty", new ArrayList<>(), new HashMap<>());
        show("enum", Color.RED, Color.GREEN, Color.RED);
        show("enum body", Color.BLUE);
        show("record", new Point(1, 2, "p"));
        show("plain", new Plain());
        Derived d = new Derived();
        d.other = d;
        show("derived", d);
        show("custom", new Custom());
        show("fields", new Fields());
        String shared = "shared";
        show("shared", shared, shared, new ArrayList<>(List.of(shared)));

        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bos);
        System.out.println("header " + bos.size());
        out.writeInt(1);
        out.writeUTF("block");
        System.out.println("buffered " + bos.size());
        out.writeObject("o");
        System.out.println("after object " + bos.size());
        out.reset();
        out.writeObject("o");
        byte[] big = new byte[1500];
        for (int i = 0; i < big.length; i++) big[i] = (byte) i;
        out.write(big);
        out.writeLong(-1);
        out.close();
        System.out.println("blocks " + bos.size() + " " + hex(bos.toByteArray()));

        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        DataOutputStream dos = new DataOutputStream(raw);
        dos.writeUTF("a\u0000\u00ff\u0800\uffff");
        dos.writeInt(-2);
        dos.writeLong(Long.MIN_VALUE);
        dos.writeDouble(Math.PI);
        dos.writeFloat(-0f);
        dos.writeChars("hi");
        dos.writeBytes("\u0141b");
        dos.writeShort(65535);
        dos.writeBoolean(true);
        System.out.println("data " + dos.size() + " " + hex(raw.toByteArray()));
        DataInputStream dis = new DataInputStream(new ByteArrayInputStream(raw.toByteArray()));
        String u = dis.readUTF();
        System.out.println(u.length() + " " + (int) u.charAt(1) + " " + (int) u.charAt(4) + " " + dis.readInt() + " "
                + dis.readLong() + " " + dis.readDouble() + " " + dis.readFloat() + " " + dis.readChar() + dis.readChar()
                + " " + dis.readUnsignedByte() + " " + dis.readByte() + " " + dis.readUnsignedShort() + " "
                + dis.readBoolean());
        try {
            dis.readInt();
        } catch (EOFException e) {
            System.out.println("end: " + e);
        }
    }
}
