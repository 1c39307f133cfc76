// javac: -g
import java.util.List;

public class NpeMessagesG {
    static class Point {
        int x;
        long big;
        Point next;
        String name;
        int[] data;
        Point(int x) { this.x = x; }
        int getX() { return x; }
        Point getNext() { return next; }
    }

    static Point origin;
    static String title;
    static Object lock;

    static Point nothing() { return null; }

    static int invokeParam(String s) { return s.length(); }
    static int invokeLocal(int n) { String s = n > 100 ? "big" : null; return s.length(); }
    int invokeThisField() { return name.length(); }
    String name;
    static int readField(Point p) { return p.x; }
    static void writeField(Point p) { p.x = 3; }
    static void writeLong(Point p, long v) { p.big = v; }
    static int chained(Point p) { return p.next.x; }
    static int chained3(Point p) { return p.next.next.x; }
    static int staticField() { return origin.x; }
    static int staticInvoke() { return title.length(); }
    static int returnValue() { return nothing().x; }
    static int returnValueInvoke() { return nothing().getX(); }
    static int methodOnReturn(Point p) { return p.getNext().getX(); }
    static int intArray(int[] a) { return a[0]; }
    static void storeInt(int[] a) { a[1] = 5; }
    static void storeObj(String[] a) { a[0] = "x"; }
    static void storeLong(long[] a) { a[0] = 7L; }
    static double loadDouble(double[] a) { return a[2]; }
    static char loadChar(char[] a) { return a[0]; }
    static byte loadByte(byte[] a) { return a[0]; }
    static boolean loadBool(boolean[] a) { return a[0]; }
    static short loadShort(short[] a) { return a[0]; }
    static float loadFloat(float[] a) { return a[0]; }
    static long loadLong(long[] a) { return a[0]; }
    static int arrayLength(int[][] a) { return a.length; }
    static int elementLength(String[] a) { return a[1].length(); }
    static int elementIndexLocal(String[] a, int i) { return a[i].length(); }
    static int nestedArray(int[][] a) { return a[2][0]; }
    static int fieldArray(Point p) { return p.data[0]; }
    static int fieldArrayLength(Point p) { return p.data.length; }
    static void throwNull(RuntimeException e) { throw e; }
    static void sync(Object o) { synchronized (o) { System.out.println("inside"); } }
    static void syncStatic() { synchronized (lock) { System.out.println("inside"); } }
    static int listSize(List<String> l) { return l.size(); }
    static int interfaceOnField(Point p) { return p.name.hashCode(); }
    static int mixed(Point a, Point b) { return (a.x > 0 ? a : b).next.x; }
    static int charAt(String s) { return s.charAt(0); }
    static String concatField(Point p) { return p.name + "!"; }
    static int arg2(String a, long b, String c) { return c.length() + (int) b; }
    static void putNested(Point p) { p.next.name = "n"; }
    static int aconst() { Point p = null; return p.x; }

    interface Call { void run() throws Exception; }

    static void show(String label, Call c) {
        try {
            c.run();
            System.out.println(label + ": no exception");
        } catch (NullPointerException e) {
            System.out.println(label + ": " + e.getMessage());
        } catch (Exception e) {
            System.out.println(label + ": other " + e);
        }
    }

    public static void main(String[] args) {
        Point p = new Point(1);
        show("invokeParam", () -> invokeParam(null));
        show("invokeLocal", () -> invokeLocal(1));
        show("invokeThisField", () -> new NpeMessagesG().invokeThisField());
        show("readField", () -> readField(null));
        show("writeField", () -> writeField(null));
        show("writeLong", () -> writeLong(null, 5L));
        show("chained", () -> chained(p));
        show("chained3", () -> chained3(new Point(2) {{ next = new Point(3); }}));
        show("staticField", () -> staticField());
        show("staticInvoke", () -> staticInvoke());
        show("returnValue", () -> returnValue());
        show("returnValueInvoke", () -> returnValueInvoke());
        show("methodOnReturn", () -> methodOnReturn(p));
        show("intArray", () -> intArray(null));
        show("storeInt", () -> storeInt(null));
        show("storeObj", () -> storeObj(null));
        show("storeLong", () -> storeLong(null));
        show("loadDouble", () -> loadDouble(null));
        show("loadChar", () -> loadChar(null));
        show("loadByte", () -> loadByte(null));
        show("loadBool", () -> loadBool(null));
        show("loadShort", () -> loadShort(null));
        show("loadFloat", () -> loadFloat(null));
        show("loadLong", () -> loadLong(null));
        show("arrayLength", () -> arrayLength(null));
        show("elementLength", () -> elementLength(new String[] {"a", null}));
        show("elementIndexLocal", () -> elementIndexLocal(new String[] {"a", null}, 1));
        show("nestedArray", () -> nestedArray(new int[3][]));
        show("fieldArray", () -> fieldArray(p));
        show("fieldArrayLength", () -> fieldArrayLength(p));
        show("throwNull", () -> throwNull(null));
        show("sync", () -> sync(null));
        show("syncStatic", () -> syncStatic());
        show("listSize", () -> listSize(null));
        show("interfaceOnField", () -> interfaceOnField(p));
        show("mixed", () -> mixed(p, p));
        show("charAt", () -> charAt(null));
        show("concatField", () -> concatField(p));
        show("arg2", () -> arg2("a", 2L, null));
        show("putNested", () -> putNested(p));
        show("aconst", () -> aconst());
        int[] local = null;
        String[] strs = new String[2];
        show("lambdaCapture", () -> System.out.println(local[0]));
        show("lambdaElement", () -> System.out.println(strs[0].length()));
        Point q = null;
        System.out.println(q.name);
    }
}
