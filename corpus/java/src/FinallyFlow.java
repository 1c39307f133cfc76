public class FinallyFlow {
    static StringBuilder log = new StringBuilder();
    static int f(int n) {
        for (int i = 0; i < n; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                log.append("body").append(i).append(' ');
            } finally {
                log.append("fin").append(i).append(' ');
            }
        }
        return log.length();
    }
    static String g(boolean fail) {
        try {
            if (fail) throw new IllegalStateException("g failed");
            return "g ok";
        } catch (IllegalStateException e) {
            return "g caught " + e.getMessage();
        } finally {
            log.append("g-finally ");
        }
    }
    static int h() {
        int x = 1;
        try {
            x = 2;
            return x;
        } finally {
            x = 3;
            log.append("h-finally x=").append(x).append(' ');
        }
    }
    public static void main(String[] args) {
        System.out.println(f(5));
        System.out.println(g(false));
        System.out.println(g(true));
        System.out.println(h());
        System.out.println(log);
        try {
            deep(0);
        } catch (RuntimeException e) {
            System.out.println("deep: " + e.getMessage());
        }
        System.out.println(1 / zero());
    }
    static int zero() { return 0; }
    static void deep(int n) {
        if (n == 50) throw new RuntimeException("at depth " + n);
        try {
            deep(n + 1);
        } finally {
            if (n % 10 == 0) System.out.println("unwinding " + n);
        }
    }
}
