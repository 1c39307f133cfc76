package java.nio.charset;

/** The standard charsets rootvm encodes (the JDK's UTF-16 ones are not modelled). */
public final class StandardCharsets {
    private StandardCharsets() {}
    public static final Charset UTF_8 = Charset.known(0);
    public static final Charset ISO_8859_1 = Charset.known(1);
    public static final Charset US_ASCII = Charset.known(2);
}
