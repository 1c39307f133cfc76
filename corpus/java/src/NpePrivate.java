public class NpePrivate {
    private int secret = 7;
    private String name;

    private int peek() { return 42; }
    private void touchNothing(int a, String b) { System.out.println("touched " + a + " " + b); }

    static class Inner {
        private int hidden() { return 1; }
    }

    static NpePrivate make(boolean real) { return real ? new NpePrivate() : null; }

    public static void main(String[] args) {
        NpePrivate n = null;
        try {
            System.out.println(n.peek());
        } catch (NullPointerException e) {
            System.out.println("own: " + e.getMessage());
        }
        try {
            make(false).touchNothing(1, "x");
        } catch (NullPointerException e) {
            System.out.println("args: " + e.getMessage());
        }
        Inner in = null;
        try {
            System.out.println(in.hidden());
        } catch (NullPointerException e) {
            System.out.println("nestmate: " + e.getMessage());
        }
        make(true).touchNothing(2, "y");
        System.out.println(make(true).peek() + new Inner().hidden());
        n.peek();
    }
}
