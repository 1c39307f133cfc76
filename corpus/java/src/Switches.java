public class Switches {
    static String table(int n) {
        switch (n) {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: return "four";
            default: return "many";
        }
    }
    static int lookup(int n) {
        switch (n) {
            case -1000: return 1;
            case 7: return 2;
            case 100000: return 3;
            case Integer.MIN_VALUE: return 4;
            default: return 0;
        }
    }
    static int arrow(int n) {
        return switch (n % 4) {
            case 0 -> n * 2;
            case 1, 2 -> n + 100;
            default -> -n;
        };
    }
    public static void main(String[] args) {
        for (int i = -1; i < 7; i++) System.out.println(i + " " + table(i) + " " + arrow(i));
        int[] keys = {-1000, 7, 100000, Integer.MIN_VALUE, 8, 0};
        for (int k : keys) System.out.println(lookup(k));
        char grade = 'B';
        switch (grade) {
            case 'A' -> System.out.println("excellent");
            case 'B', 'C' -> System.out.println("good");
            default -> System.out.println("other");
        }
        int fall = 0;
        switch (2) {
            case 1: fall += 1;
            case 2: fall += 2;
            case 3: fall += 3;
                break;
            case 4: fall += 4;
        }
        System.out.println(fall);
    }
}
