package java.lang;

/** A frame of a stack trace, as `Throwable.getStackTrace()` reports it (the runtime builds
 *  these lazily from the frames it captured: `RootTrace.elements`). `toString`, `equals` and
 *  `hashCode` follow JDK 17's specification; the frames of the program's own classes have no
 *  class loader name here (HotSpot's say "app", which its `toString` leaves out too). */
public final class StackTraceElement implements java.io.Serializable {
    private final String classLoaderName;
    private final String moduleName;
    private final String moduleVersion;
    private final String declaringClass;
    private final String methodName;
    private final String fileName;
    private final int lineNumber;

    public StackTraceElement(String declaringClass, String methodName, String fileName, int lineNumber) {
        this(null, null, null, declaringClass, methodName, fileName, lineNumber);
    }

    public StackTraceElement(String classLoaderName, String moduleName, String moduleVersion,
                             String declaringClass, String methodName, String fileName, int lineNumber) {
        if (declaringClass == null) throw new NullPointerException("Declaring class is null");
        if (methodName == null) throw new NullPointerException("Method name is null");
        this.classLoaderName = classLoaderName;
        this.moduleName = moduleName;
        this.moduleVersion = moduleVersion;
        this.declaringClass = declaringClass;
        this.methodName = methodName;
        this.fileName = fileName;
        this.lineNumber = lineNumber;
    }

    public String getFileName() { return fileName; }
    public int getLineNumber() { return lineNumber; }
    public String getModuleName() { return moduleName; }
    public String getModuleVersion() { return moduleVersion; }
    public String getClassLoaderName() { return classLoaderName; }
    public String getClassName() { return declaringClass; }
    public String getMethodName() { return methodName; }
    /** A native method's frame has line number -2. */
    public boolean isNativeMethod() { return lineNumber == -2; }

    /** `loader/module@version/Class.method(File.java:line)`, each prefix part only when set. */
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (classLoaderName != null && !classLoaderName.isEmpty()) s.append(classLoaderName).append('/');
        if (moduleName != null && !moduleName.isEmpty()) {
            s.append(moduleName);
            if (moduleVersion != null && !moduleVersion.isEmpty()) s.append('@').append(moduleVersion);
        }
        if (s.length() > 0) s.append('/');
        s.append(declaringClass).append('.').append(methodName).append('(');
        if (isNativeMethod()) s.append("Native Method");
        else if (fileName == null) s.append("Unknown Source");
        else {
            s.append(fileName);
            if (lineNumber >= 0) s.append(':').append(lineNumber);
        }
        return s.append(')').toString();
    }

    public boolean equals(Object obj) {
        if (obj == this) return true;
        if (!(obj instanceof StackTraceElement)) return false;
        StackTraceElement e = (StackTraceElement) obj;
        return same(classLoaderName, e.classLoaderName) && same(moduleName, e.moduleName)
            && same(moduleVersion, e.moduleVersion) && declaringClass.equals(e.declaringClass)
            && lineNumber == e.lineNumber && same(methodName, e.methodName) && same(fileName, e.fileName);
    }

    public int hashCode() {
        int h = 31 * declaringClass.hashCode() + methodName.hashCode();
        h = 31 * h + hash(classLoaderName);
        h = 31 * h + hash(moduleName);
        h = 31 * h + hash(moduleVersion);
        h = 31 * h + hash(fileName);
        return 31 * h + lineNumber;
    }

    private static boolean same(String a, String b) { return a == null ? b == null : a.equals(b); }
    private static int hash(String s) { return s == null ? 0 : s.hashCode(); }
}
