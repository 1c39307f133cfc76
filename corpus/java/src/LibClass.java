import java.util.*;

public class LibClass {
    interface Shape { double area(); }
    interface Named { String name(); }
    interface Solid extends Shape {}
    static abstract class Base implements Shape, Named {
        public String name() { return getClass().getSimpleName(); }
    }
    static class Circle extends Base {
        public double area() { return 3.0; }
    }
    static class Cube extends Base implements Solid {
        public double area() { return 6.0; }
    }
    static class Loader {
        static { System.out.println("Loader initialised"); }
        static int value = 42;
    }

    public static void main(String[] args) throws Exception {
        Object c = new Circle();
        Object k = new Cube();
        System.out.println(Shape.class.isInstance(c) + " " + Solid.class.isInstance(c) + " " + Solid.class.isInstance(k));
        System.out.println(Base.class.isInstance(k) + " " + Circle.class.isInstance(k) + " " + Named.class.isInstance(null));
        System.out.println(Shape.class.isAssignableFrom(Cube.class) + " " + Cube.class.isAssignableFrom(Shape.class)
            + " " + Object.class.isAssignableFrom(Named.class) + " " + Base.class.isAssignableFrom(Base.class));
        System.out.println(Circle.class.getSuperclass().getName() + " " + Base.class.getSuperclass().getName() + " "
            + Object.class.getSuperclass() + " " + Shape.class.getSuperclass());
        System.out.println(Arrays.toString(Base.class.getInterfaces()) + " " + Cube.class.getInterfaces().length
            + " " + Solid.class.getInterfaces()[0].getSimpleName() + " " + Circle.class.getInterfaces().length);
        System.out.println(Shape.class.isInterface() + " " + Circle.class.isInterface() + " " + c.getClass().isInterface());
        System.out.println(((Base) k).name() + " " + c.getClass().getName() + " " + k.getClass().getSimpleName());
        Shape s = Shape.class.cast(c);
        System.out.println(s.area() + " " + Shape.class.cast(null));
        try {
            Solid.class.cast(c);
        } catch (ClassCastException e) {
            System.out.println("ClassCastException: " + e.getMessage());
        }
        System.out.println("before forName");
        Class<?> loader = Class.forName("LibClass$Loader");
        System.out.println(loader.getName() + " " + (loader == Loader.class) + " " + Loader.value);
        System.out.println(Class.forName("LibClass$Circle") == c.getClass());
        try {
            Class.forName("NoSuchClass");
        } catch (ClassNotFoundException e) {
            System.out.println("caught " + e + " / " + e.getMessage());
        }
        System.out.println(String[].class.getName() + " " + int[][].class.getSimpleName() + " " + String[].class.getSuperclass());
        System.out.println(Circle[].class.getSimpleName() + " " + Circle[].class.getTypeName() + " " + String[].class.isArray());
    }
}
