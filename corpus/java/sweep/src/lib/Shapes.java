package lib;

/** Methods the frontend translates. */
public class Shapes {
    private final int side;

    public Shapes(int side) {
        this.side = side;
    }

    public int area() {
        return side * side;
    }

    public int[] copy(int[] xs) {
        return xs.clone();
    }

    public static int sum(int[] xs) {
        int s = 0;
        for (int x : xs) {
            s += x;
        }
        return s;
    }
}
