package java.util;

/** Strings joined with a delimiter, between a prefix and a suffix (or the empty value when
 *  nothing was added). */
public final class StringJoiner {
    private final String prefix;
    private final String delimiter;
    private final String suffix;
    private StringBuilder joined;
    private String emptyValue;

    public StringJoiner(CharSequence delimiter) { this(delimiter, "", ""); }
    public StringJoiner(CharSequence delimiter, CharSequence prefix, CharSequence suffix) {
        Objects.requireNonNull(prefix, "The prefix must not be null");
        Objects.requireNonNull(delimiter, "The delimiter must not be null");
        Objects.requireNonNull(suffix, "The suffix must not be null");
        this.prefix = String.valueOf(prefix);
        this.delimiter = String.valueOf(delimiter);
        this.suffix = String.valueOf(suffix);
    }
    public StringJoiner setEmptyValue(CharSequence emptyValue) {
        this.emptyValue = String.valueOf(Objects.requireNonNull(emptyValue, "The empty value must not be null"));
        return this;
    }
    public StringJoiner add(CharSequence element) {
        if (joined == null) joined = new StringBuilder();
        else joined.append(delimiter);
        joined.append(String.valueOf(element));
        return this;
    }
    public StringJoiner merge(StringJoiner other) {
        Objects.requireNonNull(other);
        if (other.joined != null) add(other.joined.toString());
        return this;
    }
    public int length() { return toString().length(); }
    public String toString() {
        if (joined == null) return emptyValue != null ? emptyValue : prefix + suffix;
        return prefix + joined + suffix;
    }
}
