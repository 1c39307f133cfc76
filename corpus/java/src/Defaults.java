interface Greeter {
    String name();
    default String greet() { return "Hello, " + name() + "!"; }
    static Greeter of(String n) { return new Named(n); }
}

interface Loud extends Greeter {
    default String shout() { return greet() + "!!"; }
}

class Named implements Loud {
    private final String n;
    Named(String n) { this.n = n; }
    public String name() { return n; }
}

class Polite extends Named {
    Polite(String n) { super(n); }
    public String greet() { return "Good day, " + name() + "."; }
}

public class Defaults {
    public static void main(String[] args) {
        Greeter g = Greeter.of("Ada");
        System.out.println(g.greet());
        Loud l = new Named("Bob");
        System.out.println(l.shout());
        Loud p = new Polite("Cy");
        System.out.println(p.shout());
        System.out.println(p.greet());
    }
}
