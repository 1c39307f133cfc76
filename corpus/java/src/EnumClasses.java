import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;

// Enum class literals are Class objects: getEnumConstants, Enum.valueOf(Class, String),
// getDeclaringClass, EnumSet/EnumMap of a class literal, isEnum, the constants' array class.
public class EnumClasses {
    enum Planet { MERCURY, VENUS, EARTH }
    enum Op {
        PLUS { int apply(int a, int b) { return a + b; } },
        TIMES { int apply(int a, int b) { return a * b; } };
        abstract int apply(int a, int b);
    }

    static <E extends Enum<E>> E parse(Class<E> c, String name) { return Enum.valueOf(c, name); }

    public static void main(String[] args) {
        Class<Planet> pc = Planet.class;
        System.out.println(pc.getName() + " " + pc.getSimpleName() + " " + pc.isEnum() + " " + pc.isArray()
                + " " + Arrays.toString(pc.getEnumConstants()) + " " + (pc.getEnumConstants() != pc.getEnumConstants()));
        System.out.println(Planet.valueOf("VENUS").ordinal() + " " + parse(Planet.class, "EARTH") + " " + parse(Op.class, "TIMES").apply(6, 7));
        System.out.println(Op.PLUS.getClass() == Op.class ? "same" : "subclass");
        System.out.println(Op.PLUS.getDeclaringClass().getSimpleName() + " " + Planet.EARTH.getDeclaringClass().getName()
                + " " + Arrays.toString(Op.class.getEnumConstants()));
        System.out.println(String.class.getEnumConstants() + " " + Planet.values().getClass().getSimpleName()
                + " " + (Planet.values() instanceof Enum[]) + " " + (Planet.values() instanceof Comparable[]));
        try {
            Planet.valueOf("PLUTO");
        } catch (IllegalArgumentException e) {
            System.out.println("IllegalArgumentException: " + e.getMessage());
        }
        try {
            parse(Op.class, null);
        } catch (NullPointerException e) {
            System.out.println("NullPointerException: " + e.getMessage());
        }
        EnumSet<Planet> all = EnumSet.allOf(Planet.class);
        EnumSet<Planet> none = EnumSet.noneOf(Planet.class);
        none.add(Planet.EARTH);
        System.out.println(all + " " + none + " " + EnumSet.complementOf(none) + " " + EnumSet.range(Planet.VENUS, Planet.EARTH));
        Map<Planet, Integer> moons = new EnumMap<>(Planet.class);
        moons.put(Planet.EARTH, 1);
        moons.put(Planet.MERCURY, 0);
        System.out.println(moons + " " + moons.containsKey(Planet.VENUS));
    }
}
