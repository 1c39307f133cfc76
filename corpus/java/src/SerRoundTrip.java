import java.io.*;
import java.util.*;

// Serialization: deep copies of object graphs read back (docs/jvm.md, "Serialization").
public class SerRoundTrip {
    static class Node implements Serializable {
        private static final long serialVersionUID = 1L;
        String name;
        List<Node> links = new ArrayList<>();
        Node(String name) { this.name = name; }
    }

    // Not serializable: its no-argument constructor runs when a subclass object is read.
    static class Animal {
        String kind = "unset";
        Animal() { kind = "from constructor"; }
    }

    static class Dog extends Animal implements Serializable {
        private static final long serialVersionUID = 2L;
        String name;
        transient int cached = 42;
        transient String note = "note";
        Dog(String name) { this.name = name; kind = "dog"; }
    }

    static class Counter implements Serializable {
        private static final long serialVersionUID = 3L;
        int count;
        transient int doubled;
        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            out.writeInt(count * 2);
            out.writeUTF("trailer");
        }
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            doubled = in.readInt();
            System.out.println("readObject: " + count + " " + doubled + " " + in.readUTF());
        }
    }

    static final class Singleton implements Serializable {
        private static final long serialVersionUID = 4L;
        static final Singleton INSTANCE = new Singleton();
        private Object readResolve() { return INSTANCE; }
    }

    static class Proxy implements Serializable {
        private static final long serialVersionUID = 5L;
        final String text;
        Proxy(String text) { this.text = text; }
        private Object readResolve() { return new Replaced(text.toUpperCase()); }
    }

    static class Replaced implements Serializable {
        private static final long serialVersionUID = 6L;
        final String text;
        Replaced(String text) { this.text = text; }
        private Object writeReplace() { return new Proxy(text); }
        public String toString() { return "Replaced(" + text + ")"; }
    }

    static class Versioned implements Serializable {
        private static final long serialVersionUID = 7L;
        private static final ObjectStreamField[] serialPersistentFields = {
            new ObjectStreamField("x", int.class), new ObjectStreamField("label", String.class),
        };
        int x;
        String label;
        private void writeObject(ObjectOutputStream out) throws IOException {
            ObjectOutputStream.PutField f = out.putFields();
            f.put("x", x + 100);
            f.put("label", label);
            out.writeFields();
        }
        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            ObjectInputStream.GetField f = in.readFields();
            x = f.get("x", -1);
            label = (String) f.get("label", "none");
            System.out.println("readFields: " + x + " " + label + " " + f.defaulted("x"));
            try {
                f.get("missing", 0);
            } catch (IllegalArgumentException e) {
                System.out.println(e.getMessage());
            }
        }
    }

    static class Ext implements Externalizable {
        int a;
        String b;
        public Ext() { System.out.println("Ext()"); }
        Ext(int a, String b) { this.a = a; this.b = b; }
        public void writeExternal(ObjectOutput out) throws IOException {
            out.writeInt(a);
            out.writeObject(b);
        }
        public void readExternal(ObjectInput in) throws IOException, ClassNotFoundException {
            a = in.readInt();
            b = (String) in.readObject();
        }
    }

    enum Planet { MERCURY, VENUS { public String toString() { return "Venus!"; } }, EARTH }

    record Range(int lo, int hi, String name) implements Serializable {
        Range {
            System.out.println("Range(" + lo + ", " + hi + ", " + name + ")");
            if (lo > hi) throw new IllegalArgumentException("lo > hi");
        }
    }

    static class AppException extends Exception {
        private static final long serialVersionUID = 8L;
        final int code;
        AppException(String message, int code, Throwable cause) {
            super(message, cause);
            this.code = code;
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T copy(T o) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bos)) {
            out.writeObject(o);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    public static void main(String[] args) throws Exception {
        Node a = new Node("a"), b = new Node("b"), c = new Node("c");
        a.links.add(b);
        a.links.add(c);
        b.links.add(c);
        c.links.add(a);
        Node a2 = copy(a);
        Node b2 = a2.links.get(0), c2 = a2.links.get(1);
        System.out.println(a2.name + b2.name + c2.name + " " + (a2 != a) + " " + (b2.links.get(0) == c2) + " "
                + (c2.links.get(0) == a2));

        Dog d = copy(new Dog("rex"));
        System.out.println(d.name + " " + d.kind + " " + d.cached + " " + d.note);

        Counter counter = new Counter();
        counter.count = 21;
        System.out.println(copy(counter).doubled);

        System.out.println(copy(Singleton.INSTANCE) == Singleton.INSTANCE);
        System.out.println(copy(new Replaced("hi")));

        Versioned v = new Versioned();
        v.x = 1;
        v.label = "v";
        Versioned v2 = copy(v);
        System.out.println(v2.x + " " + v2.label);

        Ext e = copy(new Ext(7, "seven"));
        System.out.println(e.a + " " + e.b);

        List<Planet> planets = copy(new ArrayList<>(List.of(Planet.EARTH, Planet.VENUS, Planet.EARTH)));
        System.out.println(planets + " " + (planets.get(0) == Planet.EARTH) + " " + (planets.get(1) == Planet.VENUS));
        EnumMap<Planet, Integer> unused = null;

        Range r = copy(new Range(1, 5, "r"));
        System.out.println(r);

        Map<String, List<Integer>> map = new HashMap<>();
        for (int i = 0; i < 12; i++) map.computeIfAbsent("key" + (i % 5), k -> new ArrayList<>()).add(i);
        Map<String, List<Integer>> map2 = copy(map);
        System.out.println(map2 + " " + map2.equals(map));
        Map<String, Integer> linked = new LinkedHashMap<>();
        linked.put("z", 1);
        linked.put("a", 2);
        linked.put("m", 3);
        System.out.println(copy(linked) + " " + copy(new LinkedHashSet<>(List.of(9, 1, 5))));
        TreeMap<String, Integer> tree = new TreeMap<>(Comparator.reverseOrder());
        tree.put("a", 1);
        tree.put("b", 2);
        System.out.println(copy(new TreeMap<>(Map.of("x", 1, "y", 2))) + " " + copy(new TreeSet<>(List.of(5, 3, 4))));
        System.out.println(copy(new LinkedList<>(List.of(1, 2))) + " " + copy(new HashSet<>(List.of("p", "q"))));

        Object[] objects = {1, 2L, 3.0, 4f, (short) 5, (byte) 6, 'x', false, "s", new int[] {1, 2},
                new String[][] {{"a"}, {"b", null}}, null};
        Object[] objects2 = copy(objects);
        System.out.println(objects2.length + " " + objects2[0] + objects2[1] + objects2[2] + objects2[3] + objects2[4]
                + objects2[5] + objects2[6] + objects2[7] + objects2[8] + " " + Arrays.toString((int[]) objects2[9])
                + " " + Arrays.deepToString((Object[]) objects2[10]) + " " + objects2[11] + " "
                + objects2.getClass().getName() + " " + objects2[10].getClass().getName());

        AppException ex = copy(new AppException("failed", 17, new IllegalStateException("root cause")));
        System.out.println(ex.getMessage() + " " + ex.code + " " + ex.getCause());
        RuntimeException plain = copy(new RuntimeException("plain"));
        System.out.println(plain + " " + plain.getCause());
        try {
            plain.initCause(new Error("late"));
            System.out.println("cause set: " + plain.getCause());
        } catch (IllegalStateException ise) {
            System.out.println(ise);
        }

        // Several objects, shared across writes, then reset.
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        ObjectOutputStream out = new ObjectOutputStream(bos);
        List<String> shared = new ArrayList<>(List.of("s"));
        out.writeObject(shared);
        out.writeObject(shared);
        out.writeInt(99);
        out.reset();
        out.writeObject(shared);
        out.close();
        ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bos.toByteArray()));
        Object x1 = in.readObject(), x2 = in.readObject();
        int n = in.readInt();
        Object x3 = in.readObject();
        System.out.println((x1 == x2) + " " + n + " " + (x3 == x1) + " " + x3.equals(x1) + " " + in.available());
        try {
            in.readObject();
        } catch (EOFException eof) {
            System.out.println("end: " + eof);
        }
    }
}
