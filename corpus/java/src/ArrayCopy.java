public class ArrayCopy {
    public static void main(String[] args) {
        int[] a = {1, 2, 3, 4, 5, 6, 7, 8};
        int[] b = new int[5];
        System.arraycopy(a, 2, b, 1, 4);
        for (int v : b) System.out.print(v + " ");
        System.out.println();
        System.arraycopy(a, 0, a, 2, 6);
        for (int v : a) System.out.print(v + " ");
        System.out.println();
        String[] s = {"x", "y", "z"};
        String[] t = new String[4];
        System.arraycopy(s, 0, t, 1, 3);
        System.out.println(t[0] + t[1] + t[2] + t[3]);
        char[] c = {'h', 'e', 'y'};
        char[] d = new char[3];
        System.arraycopy(c, 0, d, 0, 3);
        System.out.println(d[0] + "" + d[1] + d[2]);
        try {
            System.arraycopy(a, 5, b, 0, 10);
        } catch (ArrayIndexOutOfBoundsException e) {
            System.out.println("out of bounds caught");
        }
        System.out.println(b[0]);
    }
}
