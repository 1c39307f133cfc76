public class DivZero {
    static int divide(int a, int b) { return a / b; }
    public static void main(String[] args) {
        System.out.println(divide(10, 3));
        System.out.println(10L % 4L);
        System.out.println(divide(1, 0));
    }
}
