public class Strings1 {
    static String describe(String day) {
        switch (day) {
            case "sat":
            case "sun":
                return "weekend";
            case "mon":
                return "ugh";
            default:
                return "weekday";
        }
    }
    public static void main(String[] args) {
        String s = "Hello";
        String t = s + ", " + "World" + '!';
        System.out.println(t + " " + t.length());
        System.out.println(t.charAt(4) + " " + (int) t.charAt(0));
        System.out.println(s.equals("Hello") + " " + s.equals("hello") + " " + s.equals(null));
        System.out.println("abc".hashCode() + " " + "".hashCode() + " " + "The quick brown fox".hashCode());
        System.out.println("".isEmpty() + " " + s.isEmpty());
        System.out.println(s.concat("!!"));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(i).append(',');
        sb.append(true).append(' ').append(2.5).append(' ').append(10L).append("end");
        System.out.println(sb.toString() + " " + sb.length() + " " + sb.charAt(2));
        StringBuilder sb2 = new StringBuilder("start:");
        sb2.append((Object) null).append('x');
        System.out.println(sb2);
        for (String d : new String[] {"sat", "mon", "tue", "sun"}) System.out.println(d + " -> " + describe(d));
        String nul = null;
        System.out.println("null concat: " + nul);
        System.out.println(String.valueOf(42) + String.valueOf('c') + String.valueOf(true) + String.valueOf(-7L));
        System.out.println(Integer.parseInt("-1234") + 1);
        System.out.println(Long.parseLong("9000000000") * 2);
        System.out.println(Integer.toString(99) + Long.toString(-99L));
        char c = 'a';
        c += 2;
        System.out.println(c);
        System.out.println((char) (c + 1));
        System.out.println(Character.isDigit('7') + " " + Character.isDigit('x'));
        String multi = "line1\nline2\ttab \"quoted\" \\";
        System.out.println(multi);
        System.out.println("unicode: \u00e9\u00e8 \u4e2d");
    }
}
