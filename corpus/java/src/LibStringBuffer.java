// StringBuffer (the library's, over the runtime's StringBuilder): its methods, its JDK interfaces,
// and the String / StringBuilder methods that take one.
public class LibStringBuffer {
    public static void main(String[] a) {
        StringBuffer b = new StringBuffer("hello");
        b.append(' ').append(42).append(true).append(2.5).append('c').append(new char[] {'x', 'y'}).append((Object) null);
        System.out.println(b + " " + b.length());
        b.insert(0, "<").insert(b.length(), '>').reverse();
        System.out.println(b);
        b.reverse().delete(0, 1).deleteCharAt(b.length() - 1).replace(0, 5, "HELLO").setCharAt(1, 'e');
        System.out.println(b + " " + b.indexOf("true") + " " + b.lastIndexOf("l") + " " + b.substring(6) + " " + b.charAt(0));
        Object o = b;
        System.out.println((o instanceof CharSequence) + " " + (o instanceof Comparable) + " " + (o instanceof Appendable) + " " + (o instanceof java.io.Serializable));
        CharSequence cs = b;
        System.out.println(cs.length() + " " + cs.subSequence(0, 3) + " " + cs.chars().filter(c -> c == 'l').count());
        System.out.println("HeLLO".contentEquals(new StringBuffer("HeLLO")) + " " + new String(new StringBuffer("copy")) + " " + String.valueOf(b).length());
        StringBuilder sb = new StringBuilder().append(new StringBuffer("buf"));
        System.out.println(sb + " " + new StringBuffer("abc").compareTo(new StringBuffer("abd")));
        StringBuffer e = new StringBuffer();
        e.setLength(3);
        System.out.println(e.length() + " " + (int) e.charAt(0) + " [" + String.join(",", new StringBuffer("p"), "q") + "]");
        try { new StringBuffer("ab").charAt(5); } catch (IndexOutOfBoundsException ex) { System.out.println(ex.getClass().getSimpleName()); }
    }
}
