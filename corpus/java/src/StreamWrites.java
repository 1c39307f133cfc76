import java.util.Locale;

// PrintStream's byte writes and Appendable methods, printf / format with a locale, and the
// index constructors of IndexOutOfBoundsException.
public class StreamWrites {
    public static void main(String[] args) {
        System.out.write('h');
        System.out.write('i');
        System.out.write('\n');
        byte[] bytes = "bytes: caf\u00e9\n".getBytes();
        System.out.write(bytes, 0, bytes.length);
        System.out.writeBytes("all of them\n".getBytes());
        System.out.write(bytes, 7, 3);
        System.out.println();
        try {
            System.out.write(bytes, 5, 100);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.write(bytes, -1, 2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.out.write(bytes, 1, -2);
        } catch (IndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
        System.out.append("direct ").append('y').append("0123", 2, 4).println();
        System.out.printf(Locale.ROOT, "%d %s %.3f%n", 42, "locale", 3.14159);
        System.out.format(Locale.US, "%5d|%-5s|%n", 7, "ab");
        System.out.println(String.format(Locale.ROOT, "%x and %08.2f", 255, 2.5));
        System.out.println(Locale.US + " " + Locale.ROOT.getLanguage().isEmpty() + " " + Locale.UK.getCountry() + " " + Locale.ENGLISH);
        System.out.println("Mixed Case".toUpperCase(Locale.ROOT) + " " + "Mixed Case".toLowerCase(Locale.ENGLISH));
        System.out.println(new IndexOutOfBoundsException(7).getMessage());
        System.out.println(new IndexOutOfBoundsException(1L << 40).getMessage());
        try {
            Integer.parseInt("12z", 10);
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        System.err.write('E');
        System.err.write('\n');
        System.err.flush();
        System.out.flush();
    }
}
