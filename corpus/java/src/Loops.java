public class Loops {
    public static void main(String[] args) {
        int n = 27, steps = 0;
        do {
            n = (n % 2 == 0) ? n / 2 : 3 * n + 1;
            steps++;
        } while (n != 1);
        System.out.println("collatz 27: " + steps);
        outer:
        for (int i = 0; i < 5; i++) {
            for (int j = 0; j < 5; j++) {
                if (j == 3) continue outer;
                if (i == 3) break outer;
                System.out.print(i * 10 + j);
                System.out.print(' ');
            }
        }
        System.out.println();
        int w = 0;
        while (true) {
            if (++w > 10) break;
        }
        System.out.println(w);
        long bits = 0xF0F0F0F0F0L;
        int pop = 0;
        while (bits != 0) { bits &= bits - 1; pop++; }
        System.out.println(pop);
        boolean a = true, b = false;
        System.out.println((a && !b) + " " + (a ^ b) + " " + (a & b) + " " + (b || a));
        int t = 5;
        String s = t > 3 ? (t > 4 ? "big" : "mid") : "small";
        System.out.println(s);
        System.out.print("no newline then ");
        System.out.print(42);
        System.out.print(' ');
        System.out.print(2.5);
        System.out.print(true);
        System.out.println(7L);
    }
}
