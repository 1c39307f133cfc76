/** `Object.clone()` of a class that is not `Cloneable`: the exception's first frame is the JDK's
 *  native `Object.clone`. */
public class TraceClone {
    static class P {
        Object copy() throws CloneNotSupportedException { return clone(); }
    }

    public static void main(String[] args) throws Exception {
        try {
            new P().copy();
        } catch (CloneNotSupportedException e) {
            StackTraceElement top = e.getStackTrace()[0];
            System.out.println(top.isNativeMethod() + " " + top.getLineNumber() + " " + top.getClassName());
            e.printStackTrace(System.out);
        }
        new P().copy();
    }
}
