import java.util.*;

public class LibEnums {
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);

        private final double mass, radius;

        Planet(double mass, double radius) {
            this.mass = mass;
            this.radius = radius;
        }
        double surfaceGravity() { return 6.67300E-11 * mass / (radius * radius); }
    }

    enum Op {
        ADD("+") { int apply(int a, int b) { return a + b; } },
        MUL("*") { int apply(int a, int b) { return a * b; } };

        final String sym;
        Op(String sym) { this.sym = sym; }
        abstract int apply(int a, int b);
    }

    enum Light { RED, AMBER, GREEN }

    static Light next(Light l) {
        switch (l) {
            case RED: return Light.GREEN;
            case GREEN: return Light.AMBER;
            default: return Light.RED;
        }
    }

    public static void main(String[] args) {
        for (Planet p : Planet.values()) System.out.printf("%-8s %6.2f %d%n", p, p.surfaceGravity(), p.ordinal());
        for (Op op : Op.values()) System.out.println(op + " " + op.sym + " " + op.apply(6, 7) + " " + op.name());
        Light l = Light.RED;
        for (int i = 0; i < 4; i++) {
            System.out.print(l + " -> ");
            l = next(l);
        }
        System.out.println(l);
        String desc = switch (l) {
            case RED -> "stop";
            case AMBER -> "wait";
            case GREEN -> "go";
        };
        System.out.println(desc + " " + Light.valueOf("GREEN").compareTo(Light.RED) + " " + (Light.valueOf("AMBER") == Light.AMBER));
        Map<Light, Integer> counts = new TreeMap<>();
        for (Light x : List.of(Light.GREEN, Light.RED, Light.GREEN)) counts.merge(x, 1, Integer::sum);
        System.out.println(counts + " " + Light.GREEN.equals(Light.GREEN));
        List<Light> sorted = new ArrayList<>(List.of(Light.GREEN, Light.RED, Light.AMBER));
        Collections.sort(sorted);
        System.out.println(sorted);
        try {
            Light.valueOf("BLUE");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
    }
}
