public class StaticInitError {
    static class Bad {
        static int value = compute();

        static int compute() {
            throw new IllegalStateException("no value");
        }
    }

    static class Fatal {
        static int value;

        static {
            if (value == 0) {
                throw new Error("fatal init");
            }
        }
    }

    static class Later {
        static int[] table = new int[2];
        static int value = table[3];
    }

    public static void main(String[] args) {
        try {
            System.out.println(Bad.value);
        } catch (ExceptionInInitializerError e) {
            System.out.println("caught " + e);
            System.out.println("cause " + e.getCause());
            System.out.println("same " + (e.getException() == e.getCause()));
            e.printStackTrace(System.out);
        }
        try {
            System.out.println(Bad.value);
        } catch (NoClassDefFoundError e) {
            System.out.println("again " + e.getMessage());
        }
        try {
            System.out.println(Fatal.value);
        } catch (Error e) {
            System.out.println("error passes through: " + e);
        }
        System.out.println(Later.value);
    }
}
