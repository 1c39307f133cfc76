/** A program whose jar brings its own java.lang.Class (as java.base does): class objects,
 *  primitive array tests and casts still translate; a test or cast of a reference array type
 *  needs the library's Class.isAssignableFrom, so the methods using one are not translated
 *  (each a warning), and the module still verifies. */
public class OwnClass {
    public static void main(String[] args) {
        Object o = new int[3];
        System.out.println("int[] " + (o instanceof int[]) + " " + (o instanceof long[]));
        int[] ints = (int[]) o;
        System.out.println("cast " + ints.length);
        System.out.println(new OwnClass().getClass());
        System.out.println(OwnClass.class.getName());
        try {
            System.out.println(strings(args).length);
        } catch (UnsupportedOperationException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.println(isStrings(args));
        } catch (UnsupportedOperationException e) {
            System.out.println(e.getMessage());
        }
    }

    static String[] strings(Object o) {
        return (String[]) o;
    }

    static boolean isStrings(Object o) {
        return o instanceof String[];
    }
}
