public class ExitCode {
    public static void main(String[] args) {
        System.out.println("before exit");
        System.err.println("to stderr");
        System.exit(3);
        System.out.println("after exit");
    }
}
