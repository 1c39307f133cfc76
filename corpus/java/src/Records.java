record Point(int x, int y) {
    Point {
        if (x < 0) throw new IllegalArgumentException("negative x " + x);
    }
    int manhattan() { return Math.abs(x) + Math.abs(y); }
    static Point origin() { return new Point(0, 0); }
}

record Person(String name, long id, double score, boolean active, Point home) {}

record Empty() {}

public class Records {
    public static void main(String[] args) {
        Point p = new Point(3, 4), q = new Point(3, 4), r = new Point(4, 3);
        System.out.println(p);
        System.out.println(p.x() + " " + p.y() + " " + p.manhattan());
        System.out.println(p.equals(q) + " " + p.equals(r) + " " + p.equals(null) + " " + p.equals("Point[x=3, y=4]"));
        System.out.println(p.hashCode() + " " + q.hashCode() + " " + r.hashCode() + " " + Point.origin().hashCode());
        Person a = new Person("Ada", 1815L, 99.5, true, p);
        Person b = new Person("Ada", 1815L, 99.5, true, q);
        Person c = new Person(null, -1L, -0.0, false, null);
        System.out.println(a);
        System.out.println(c);
        System.out.println(a.equals(b) + " " + a.equals(c) + " " + c.equals(c));
        System.out.println(a.hashCode() == b.hashCode());
        System.out.println(a.hashCode() + " " + c.hashCode());
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        try {
            new Point(-1, 0);
        } catch (IllegalArgumentException e) {
            System.out.println("rejected: " + e.getMessage());
        }
    }
}
