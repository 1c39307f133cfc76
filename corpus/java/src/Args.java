// args: alpha beta 42
public class Args {
    public static void main(String[] args) {
        System.out.println(args.length);
        int sum = 0;
        for (String a : args) {
            System.out.println("[" + a + "] " + a.length());
        }
        System.out.println(Integer.parseInt(args[2]) * 2);
    }
}
