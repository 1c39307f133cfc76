import java.io.*;
import java.util.*;

public class LibScanner {
    public static void main(String[] args) throws IOException {
        Scanner sc = new Scanner(System.in);
        int n = sc.nextInt();
        long sum = 0;
        int[] xs = new int[n];
        for (int i = 0; i < n; i++) {
            xs[i] = sc.nextInt();
            sum += xs[i];
        }
        System.out.println("n=" + n + " sum=" + sum + " " + Arrays.toString(xs));
        double d = sc.nextDouble();
        String word = sc.next();
        sc.nextLine();
        String line = sc.nextLine();
        System.out.println(d * 2 + " [" + word + "] [" + line + "]");
        System.out.println(sc.hasNextInt() + " " + sc.next() + " " + sc.hasNextInt() + " " + sc.nextInt());
        sc.nextLine();
        Map<String, Integer> counts = new TreeMap<>();
        while (sc.hasNextLine()) {
            String l = sc.nextLine();
            if (l.equals("END")) break;
            for (String w : l.trim().split("\\s+")) if (!w.isEmpty()) counts.merge(w.toLowerCase(), 1, Integer::sum);
        }
        System.out.println(counts);
        while (sc.hasNextLine()) System.out.println("line: " + sc.nextLine().toUpperCase());
        System.out.println(sc.hasNext() + " " + Double.parseDouble(" 2.5e1 ") + " " + Double.valueOf("-0.125"));
        Scanner words = new Scanner("alpha 12  beta\n gamma");
        while (words.hasNext()) System.out.print(words.next() + "|");
        System.out.println();
        try {
            Double.parseDouble("x1");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
    }
}
