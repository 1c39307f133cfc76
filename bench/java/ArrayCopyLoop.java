// arraycopy: 10M System.arraycopy calls of 8 elements between arrays of one class (int[],
// String[], Object[]), the case that must stay one array.copy; the elements of a 10M-element
// int[] copied once more, in one call.
public class ArrayCopyLoop {
    public static void main(String[] args) {
        final int n = 10_000_000;
        int[] ints = new int[16];
        int[] intsTo = new int[16];
        String[] strings = new String[16];
        String[] stringsTo = new String[16];
        Object[] objects = new Object[16];
        Object[] objectsTo = new Object[16];
        for (int i = 0; i < 16; i++) {
            ints[i] = i;
            strings[i] = "s" + i;
            objects[i] = strings[i];
        }
        long sum = 0;
        for (int i = 0; i < n; i++) {
            int at = i & 7;
            System.arraycopy(ints, at, intsTo, 8 - at, 8);
            System.arraycopy(strings, at, stringsTo, 8 - at, 8);
            System.arraycopy(objects, at, objectsTo, 8 - at, 8);
            sum += intsTo[8] + stringsTo[8].length() + (objectsTo[8] == null ? 0 : 1);
        }
        int[] big = new int[n];
        int[] bigTo = new int[n];
        big[n - 1] = 3;
        System.arraycopy(big, 0, bigTo, 0, n);
        System.out.println(sum + bigTo[n - 1]);
    }
}
