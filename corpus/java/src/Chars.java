// char -> String beyond Latin-1: String.valueOf(char), string concatenation of chars and
// StringBuilder.append(char).
public class Chars {
    public static void main(String[] args) {
        char han = '\u4e2d';
        String s = "x" + han + '\u00e9' + '\u0416';
        System.out.println(s + " " + s.length());
        System.out.println(String.valueOf('\u03a9') + String.valueOf('A'));
        StringBuilder sb = new StringBuilder();
        for (char c = '\u0391'; c <= '\u0397'; c++) {
            sb.append(c);
        }
        System.out.println(sb + " " + sb.length());
        String all = "";
        for (int i = 0; i < 5; i++) {
            all += (char) ('\u3041' + i * 2);
        }
        System.out.println(all + " " + all.charAt(4) + " " + (int) all.charAt(4));
    }
}
