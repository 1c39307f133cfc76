import java.util.*;

public class LibCombinatorics {
    static void permute(List<Integer> prefix, List<Integer> rest, List<List<Integer>> out) {
        if (rest.isEmpty()) {
            out.add(new ArrayList<>(prefix));
            return;
        }
        for (int i = 0; i < rest.size(); i++) {
            List<Integer> nextRest = new ArrayList<>(rest);
            prefix.add(nextRest.remove(i));
            permute(prefix, nextRest, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    static List<Set<Character>> subsets(List<Character> items) {
        List<Set<Character>> out = new ArrayList<>();
        for (int mask = 0; mask < 1 << items.size(); mask++) {
            Set<Character> s = new TreeSet<>();
            for (int i = 0; i < items.size(); i++) if ((mask & (1 << i)) != 0) s.add(items.get(i));
            out.add(s);
        }
        return out;
    }

    static Map<String, Long> memo = new HashMap<>();

    static long paths(int r, int c) {
        if (r == 0 || c == 0) return 1;
        String key = r + "," + c;
        Long known = memo.get(key);
        if (known != null) return known;
        long v = paths(r - 1, c) + paths(r, c - 1);
        memo.put(key, v);
        return v;
    }

    public static void main(String[] args) {
        List<List<Integer>> perms = new ArrayList<>();
        permute(new ArrayList<>(), new ArrayList<>(List.of(1, 2, 3)), perms);
        System.out.println(perms.size() + " " + perms);
        List<Set<Character>> subs = subsets(List.of('x', 'y', 'z'));
        subs.sort(Comparator.comparingInt((Set<Character> s) -> s.size()).thenComparing(Object::toString));
        System.out.println(subs);
        System.out.println(paths(16, 16) + " memo " + memo.size());
        int n = 10;
        long[][] pascal = new long[n][];
        for (int i = 0; i < n; i++) {
            pascal[i] = new long[i + 1];
            pascal[i][0] = pascal[i][i] = 1;
            for (int j = 1; j < i; j++) pascal[i][j] = pascal[i - 1][j - 1] + pascal[i - 1][j];
        }
        System.out.println(Arrays.toString(pascal[9]));
        StringBuilder queens = new StringBuilder();
        int[] cols = new int[6];
        int solutions = solve(0, cols, queens);
        System.out.println("6-queens " + solutions + " first " + queens);
        List<String> words = new ArrayList<>(List.of("b", "a", "c"));
        Collections.shuffle(words, new Random(3));
        System.out.println(words + " " + Collections.nCopies(2, words));
    }

    static int solve(int row, int[] cols, StringBuilder first) {
        if (row == cols.length) {
            if (first.length() == 0) first.append(Arrays.toString(cols));
            return 1;
        }
        int count = 0;
        for (int c = 0; c < cols.length; c++) {
            boolean ok = true;
            for (int r = 0; r < row; r++) if (cols[r] == c || Math.abs(cols[r] - c) == row - r) ok = false;
            if (ok) {
                cols[row] = c;
                count += solve(row + 1, cols, first);
            }
        }
        return count;
    }
}
