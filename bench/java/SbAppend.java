// sb_append: StringBuilder.append of short strings, chars and ints, 100,000 appends per round
// into a fresh builder, two rounds; prints the total length and the last string's hash.
public class SbAppend {
    public static void main(String[] args) {
        String[] words = {"alpha", "beta", "gamma", "delta"};
        int rounds = 2;
        int appends = 100000;
        long total = 0;
        int hash = 0;
        for (int r = 0; r < rounds; r++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < appends; i++) {
                switch (i & 3) {
                    case 0: sb.append(words[(i >> 2) & 3]); break;
                    case 1: sb.append((char) ('a' + (i % 26))); break;
                    case 2: sb.append(i % 100); break;
                    default: sb.append(','); break;
                }
            }
            String s = sb.toString();
            total += s.length() + sb.length();
            hash = 31 * hash + s.hashCode();
        }
        System.out.println(total);
        System.out.println(hash);
    }
}
