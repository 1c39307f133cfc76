package java.lang.invoke;

/** The frontend's lookup of members for method and var handles (handles.rs): calls of
 *  `find` are replaced by a generated function; this body is never run. */
final class RootHandles {
    static final int STATIC = 0, VIRTUAL = 1, CONSTRUCTOR = 2, GETTER = 3, SETTER = 4, STATIC_GETTER = 5,
        STATIC_SETTER = 6, SPECIAL = 7;

    private RootHandles() {}

    /** The invoker of member `name` `desc` of kind `kind` of class `className` (a Java name), or
     *  null when the program has no such member. */
    static RootInvoker find(String className, String name, String desc, int kind) { return null; }
}
