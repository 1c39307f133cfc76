interface Shape {
    double area();
    String name();
}

abstract class Base implements Shape {
    protected final int id;
    static int count;
    Base(int id) { this.id = id; count++; }
    public String name() { return getClass0() + "#" + id; }
    abstract String getClass0();
    public String toString() { return name() + " area=" + area(); }
}

class Circle extends Base {
    double r;
    Circle(int id, double r) { super(id); this.r = r; }
    public double area() { return 3.0 * r * r; }
    String getClass0() { return "Circle"; }
}

class Rect extends Base {
    double w, h;
    Rect(int id, double w, double h) { super(id); this.w = w; this.h = h; }
    public double area() { return w * h; }
    String getClass0() { return "Rect"; }
}

class Square extends Rect {
    Square(int id, double s) { super(id, s, s); }
    String getClass0() { return "Square"; }
    public String name() { return "[" + super.name() + "]"; }
}

public class Shapes {
    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1, 2.0), new Rect(2, 3, 4), new Square(3, 5)};
        double total = 0;
        for (Shape s : shapes) {
            System.out.println(s.name() + " " + s.area());
            total += s.area();
        }
        System.out.println("total " + total + " count " + Base.count);
        for (Shape s : shapes) System.out.println(s);
        Object o = shapes[2];
        System.out.println(o instanceof Rect);
        System.out.println(o instanceof Circle);
        System.out.println(o instanceof Shape);
        Rect r = (Rect) o;
        System.out.println(r.w + r.h);
        Base b = (Base) shapes[0];
        System.out.println(b.id);
    }
}
