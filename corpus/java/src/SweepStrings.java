import java.util.stream.Collectors;

/** String and StringBuilder streams (chars, codePoints, lines), Character.toString(int),
 *  printf's %x / %o, Class.forName of a missing class, wait(timeout) in one thread. */
public class SweepStrings {
    public static void main(String[] args) throws Exception {
        String s = "h\u00e9llo \ud83d\ude00!";
        System.out.println(s.chars().sum() + " " + s.chars().count());
        System.out.println(s.codePoints().count() + " " + s.codePoints().max().getAsInt());
        StringBuilder sb = new StringBuilder("abc");
        System.out.println(sb.chars().sum() + " " + sb.codePoints().count());
        System.out.println("one\ntwo\r\nthree\rfour\n".lines().collect(Collectors.toList()));
        System.out.println("".lines().count() + " " + "\n\n".lines().count() + " " + "x".lines().count());
        System.out.println(Character.toString(65) + Character.toString(0x1F600).length());
        try {
            Character.toString(-5);
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        System.out.printf("%x %X %o %#x %x%n", 255, -1, 8, 255L, -1L);
        try {
            Class.forName("no.such.Klass");
        } catch (ClassNotFoundException e) {
            System.out.println("not found: " + e.getMessage());
        }
        Object lock = new Object();
        synchronized (lock) {
            lock.wait(5);
            lock.notify();
            lock.notifyAll();
        }
        System.out.println("done");
    }
}
