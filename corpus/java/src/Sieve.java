public class Sieve {
    public static void main(String[] args) {
        int n = 100000;
        boolean[] composite = new boolean[n + 1];
        int count = 0;
        long sum = 0;
        for (int i = 2; i <= n; i++) {
            if (!composite[i]) {
                count++;
                sum += i;
                for (long j = (long) i * i; j <= n; j += i) composite[(int) j] = true;
            }
        }
        System.out.println(count + " " + sum);
        StringBuilder sb = new StringBuilder();
        for (int i = 2, shown = 0; shown < 15; i++) if (!composite[i]) { sb.append(i).append(' '); shown++; }
        System.out.println(sb);
    }
}
