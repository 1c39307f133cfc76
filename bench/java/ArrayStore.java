// array_store: stores strings into a String[] (each store checked by aastore: the array's class
// against the value's), 2,000,000 stores per round, ten rounds.
public class ArrayStore {
    public static void main(String[] args) {
        String[] words = {"alpha", "beta", "gamma", "delta"};
        String[] slots = new String[1000];
        int rounds = 10;
        int stores = 2000000;
        long total = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < stores; i++) {
                slots[i % 1000] = words[i & 3];
            }
            total += slots[r].length();
        }
        System.out.println(total);
    }
}
