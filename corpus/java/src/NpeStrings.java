public class NpeStrings {
    interface Call { Object run(); }

    static void show(String label, Call c) {
        try {
            System.out.println(label + ": " + c.run());
        } catch (NullPointerException e) {
            System.out.println(label + ": " + e.getMessage());
        }
    }

    static String none() { return null; }

    public static void main(String[] args) {
        String s = args.length > 5 ? "x" : null;
        StringBuilder sb = args.length > 5 ? new StringBuilder() : null;
        show("trim", () -> s.trim());
        show("toUpperCase", () -> s.toUpperCase());
        show("substring", () -> s.substring(1, 2));
        show("indexOf", () -> s.indexOf("a", 2));
        show("replace", () -> s.replace('a', 'b'));
        show("split", () -> s.split(","));
        show("matches", () -> s.matches("a+"));
        show("length", () -> s.length());
        show("isEmpty", () -> s.isEmpty());
        show("charAt", () -> s.charAt(0));
        show("hashCode", () -> s.hashCode());
        show("equals", () -> s.equals("a"));
        show("compareTo", () -> s.compareTo("a"));
        show("contains", () -> s.contains("a"));
        show("startsWith", () -> none().startsWith("a"));
        show("reverse", () -> sb.reverse());
        show("insert", () -> sb.insert(0, "x"));
        show("sbLength", () -> sb.length());
        java.util.function.Function<String, Integer> len = String::length;
        show("methodRef", () -> len.apply(s));
        show("ok", () -> "  padded ".trim() + new StringBuilder("ab").reverse());
        String t = none();
        System.out.println(t.toLowerCase());
    }
}
