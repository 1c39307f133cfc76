package lib;

/** Runs with `--main-class lib.App`: the untranslatable method throws, the rest runs. */
public class App {
    public static void main(String[] args) {
        Shapes s = new Shapes(3);
        System.out.println(s.area());
        System.out.println(Shapes.sum(s.copy(new int[] {1, 2, 3})));
        try {
            System.out.println(Files.size("/nonexistent"));
        } catch (RuntimeException | java.io.IOException e) {
            System.out.println(e.getMessage());
        }
        System.out.println(Files.twice(21));
    }
}
