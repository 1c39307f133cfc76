import java.util.*;

public class LibStrings {
    public static void main(String[] args) {
        String s = "  Hello, World! Hello!  ";
        String t = s.trim();
        System.out.println("[" + t + "] [" + s.strip() + "] " + t.length());
        System.out.println(t.substring(7) + "|" + t.substring(0, 5) + "|" + t.indexOf("Hello") + " " + t.indexOf("Hello", 1) + " " + t.lastIndexOf("Hello") + " " + t.indexOf('o') + " " + t.lastIndexOf('o') + " " + t.indexOf("zz"));
        System.out.println(t.contains("World") + " " + t.startsWith("Hell") + " " + t.endsWith("!") + " " + t.startsWith("World", 7));
        System.out.println(t.replace('l', 'L') + " " + t.replace("Hello", "Bye") + " " + t.toUpperCase() + " " + t.toLowerCase());
        System.out.println(Arrays.toString("a,b,,c,,".split(",")) + " " + Arrays.toString("one  two three".split(" ")) + " " + Arrays.toString("  x y\tz ".split("\\s+")));
        System.out.println(Arrays.toString("a|b|c".split("\\|")) + " " + Arrays.toString("k=v=w".split("=", 2)) + " " + Arrays.toString("".split(",")));
        char[] cs = "dcba".toCharArray();
        Arrays.sort(cs);
        System.out.println(new String(cs) + " " + String.valueOf(cs) + " " + cs.length);
        System.out.println("apple".compareTo("banana") + " " + "b".compareTo("a") + " " + "abc".compareTo("ab") + " " + "Abc".compareToIgnoreCase("abD") + " " + "HeLLo".equalsIgnoreCase("hello"));
        System.out.println(String.join("-", "x", "y", "z") + " " + String.join(", ", List.of("p", "q")) + " " + "ab".repeat(3) + "|" + "".repeat(5) + "|");
        System.out.println(String.valueOf(12) + String.valueOf(true) + String.valueOf('c') + String.valueOf(1.5) + " " + "   ".isBlank() + " " + "".isEmpty());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) sb.append(i).append(',');
        sb.setLength(sb.length() - 1);
        System.out.println(sb + " " + sb.reverse() + " " + sb.length() + " " + sb.indexOf("3"));
        StringBuilder sb2 = new StringBuilder("hello");
        sb2.insert(0, "[").append(']').setCharAt(1, 'H');
        sb2.deleteCharAt(sb2.length() - 1).replace(0, 1, "<<");
        System.out.println(sb2 + " " + sb2.charAt(2) + " " + sb2.toString().equals("<<Hello"));
        sb2.delete(0, 2);
        System.out.println(sb2);
        System.out.println(Character.isLetter('x') + " " + Character.isLetterOrDigit('_') + " " + Character.isUpperCase('Q') + " " + Character.toLowerCase('Q') + " " + Character.getNumericValue('7') + " " + (char) ('a' + 2));
        System.out.println(Integer.toBinaryString(10) + " " + Integer.toHexString(48879) + " " + Long.toBinaryString(5L) + " " + Integer.toString(255, 16) + " " + Integer.parseInt("ff", 16) + " " + Integer.bitCount(255));
        int vowels = 0;
        for (char c : "Programming Language".toLowerCase().toCharArray()) if ("aeiou".indexOf(c) >= 0) vowels++;
        System.out.println("vowels " + vowels);
        String csv = "name,age\nann,31\nbob,27";
        for (String line : csv.split("\n")) {
            String[] f = line.split(",");
            System.out.println(f[0].toUpperCase() + "=" + f[1]);
        }
        System.out.println("a-b-c".replace("-", "") + " " + "x".concat("y") + " " + "tacocat".length());
        try {
            "abc".substring(2, 5);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println(e.getMessage());
        }
    }
}
