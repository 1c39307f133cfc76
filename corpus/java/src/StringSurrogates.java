// Lone surrogates in string literals: the class file's modified UTF-8 holds each surrogate as
// its own three bytes; length, charAt, equality, hashing, and printing as `?` (as HotSpot's
// UTF-8 encoder writes a surrogate that is not paired).
public class StringSurrogates {
    static String high() { return "\ud83d"; }

    public static void main(String[] args) {
        String s = "\ud83d";
        System.out.println(s.length() + " " + (int) s.charAt(0) + " " + Character.isHighSurrogate(s.charAt(0)));
        System.out.println(s);
        String t = "a\udc00b\ud83d\ude00c";
        System.out.println(t.length() + " " + (int) t.charAt(1) + " " + t.codePointAt(3) + " " + (int) t.charAt(4));
        System.out.println(t);
        System.out.println(t.codePointCount(0, t.length()) + " " + t.indexOf('\udc00') + " " + t.indexOf("\ude00c"));
        String u = "x" + args.length + "\ud800" + s;
        System.out.println(u.length() + " " + u);
        System.out.println((s == high()) + " " + s.equals(String.valueOf('\ud83d')) + " " + s.hashCode());
        System.out.println("\udfff".compareTo("\ud800") + " " + "z\udfff".substring(1).equals("\udfff"));
        System.out.print('\ud83d');
        System.out.println('\udc00');
        System.out.println(new char[] {'\udc00', 'z'});
        System.out.println(t.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        System.out.println(new String(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8));
        StringBuilder sb = new StringBuilder("<").append(s).append('>');
        System.out.println(sb + " " + sb.length());
        switch (t.substring(3, 5)) {
            case "\ud83d\ude00" -> System.out.println("pair");
            default -> System.out.println("no pair");
        }
        System.err.println(t);
    }
}
