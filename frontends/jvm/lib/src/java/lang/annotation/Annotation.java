package java.lang.annotation;

/** The interface every annotation interface extends. The frontend's instances extend
 *  `RootAnnotation` (docs/jvm.md, "Annotations"). */
public interface Annotation {
    boolean equals(Object obj);

    int hashCode();

    String toString();

    Class<? extends Annotation> annotationType();
}
