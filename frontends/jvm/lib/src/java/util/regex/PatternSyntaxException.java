package java.util.regex;

/** A syntax error in a regular expression; the message is worded as the JDK words it. */
public class PatternSyntaxException extends IllegalArgumentException {
    private final String desc;
    private final String pattern;
    private final int index;

    public PatternSyntaxException(String desc, String regex, int index) {
        super(message(desc, regex, index));
        this.desc = desc;
        this.pattern = regex;
        this.index = index;
    }
    private static String message(String desc, String regex, int index) {
        StringBuilder sb = new StringBuilder(desc);
        if (index >= 0) sb.append(" near index ").append(index);
        sb.append('\n').append(regex);
        if (index >= 0 && regex != null && index < regex.length()) {
            sb.append('\n');
            for (int i = 0; i < index; i++) sb.append(' ');
            sb.append('^');
        }
        return sb.toString();
    }
    public String getDescription() { return desc; }
    public String getPattern() { return pattern; }
    public int getIndex() { return index; }
}
