// list_add: ArrayList.add of strings (an aastore into the list's Object[] each time), 2,000,000
// adds per round into a fresh list, five rounds.
import java.util.ArrayList;

public class ListAdd {
    public static void main(String[] args) {
        String[] words = {"alpha", "beta", "gamma", "delta"};
        int rounds = 5;
        int adds = 2000000;
        long total = 0;
        for (int r = 0; r < rounds; r++) {
            ArrayList<String> list = new ArrayList<>();
            for (int i = 0; i < adds; i++) {
                list.add(words[i & 3]);
            }
            total += list.size() + list.get(r).length();
        }
        System.out.println(total);
    }
}
