import java.util.*;

public class LibText {
    static String caesar(String s, int k) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            if (Character.isUpperCase(ch)) sb.append((char) ('A' + (ch - 'A' + k + 26) % 26));
            else if (Character.isLowerCase(ch)) sb.append((char) ('a' + (ch - 'a' + k + 26) % 26));
            else sb.append(ch);
        }
        return sb.toString();
    }

    static boolean palindrome(String s) {
        StringBuilder keep = new StringBuilder();
        for (char ch : s.toLowerCase().toCharArray()) if (Character.isLetterOrDigit(ch)) keep.append(ch);
        String t = keep.toString();
        return new StringBuilder(t).reverse().toString().equals(t);
    }

    public static void main(String[] args) {
        String msg = "Hello, World! Zebra-123";
        String enc = caesar(msg, 3);
        System.out.println(enc + " | " + caesar(enc, -3));
        List<String> words = List.of("listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog");
        Map<String, List<String>> groups = new TreeMap<>();
        for (String w : words) {
            char[] cs = w.toCharArray();
            Arrays.sort(cs);
            groups.computeIfAbsent(new String(cs), k -> new ArrayList<>()).add(w);
        }
        System.out.println(groups);
        for (String s : List.of("A man, a plan, a canal: Panama", "race a car", "Was it a car or a cat I saw?")) System.out.println(palindrome(s) + " " + s);
        String csv = "id;name;score\n1;Ann;91.5\n2;Bob;78.25\n3;Cy;88";
        String[] lines = csv.split("\n");
        String[] header = lines[0].split(";");
        double total = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] f = lines[i].split(";");
            total += Double.parseDouble(f[2]);
            System.out.printf("%s=%s %s=%-4s %s=%6.2f%n", header[0], f[0], header[1], f[1], header[2], Double.parseDouble(f[2]));
        }
        System.out.printf("mean %.3f%n", total / (lines.length - 1));
        StringBuilder rle = new StringBuilder();
        String raw = "aaabccddddde";
        for (int i = 0; i < raw.length();) {
            int j = i;
            while (j < raw.length() && raw.charAt(j) == raw.charAt(i)) j++;
            rle.append(raw.charAt(i)).append(j - i);
            i = j;
        }
        System.out.println(rle + " " + raw.length());
        int[] counts = new int[26];
        for (char ch : "the quick brown fox jumps over the lazy dog".toCharArray()) if (ch != ' ') counts[ch - 'a']++;
        StringBuilder hist = new StringBuilder();
        for (int i = 0; i < 26; i++) if (counts[i] > 1) hist.append((char) ('a' + i)).append(counts[i]);
        System.out.println(hist + " " + "Mississippi".indexOf("ss", 3) + " " + "Mississippi".lastIndexOf('s') + " " + "  padded ".strip() + "|" + String.valueOf(new char[] {'o', 'k'}));
        System.out.println(String.join(",", "a,b;c d".replace(";", ",").replace(" ", ",").split(",")) + " " + "x".compareTo("xy") + " " + "b".repeat(3).toUpperCase() + " " + "Tab\there".replace('\t', '_'));
    }
}
