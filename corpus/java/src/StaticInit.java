class A {
    static int x = init("A.x", 1);
    static { System.out.println("A static block, x=" + x); }
    static int init(String what, int v) { System.out.println("init " + what); return v; }
    static void touch() { System.out.println("A.touch"); }
}

class B extends A {
    static int y = init("B.y", 2);
    static { System.out.println("B static block"); }
    static final int CONST = 42;
    static int z;
}

class C {
    static final String NAME = "C-name";
    static int[] table = new int[4];
    static { for (int i = 0; i < table.length; i++) table[i] = i * 7; System.out.println("C init"); }
}

public class StaticInit {
    static int counter;
    static { System.out.println("StaticInit static block"); counter = 10; }
    public static void main(String[] args) {
        System.out.println("main starts " + counter);
        System.out.println(B.CONST);
        System.out.println(C.NAME);
        A.touch();
        System.out.println("B.z=" + B.z);
        B.z = 5;
        System.out.println(B.z + B.y);
        System.out.println(C.table[3]);
        new B();
        System.out.println("done");
    }
}
