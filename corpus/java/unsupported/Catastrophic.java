import java.util.regex.Pattern;

/** A catastrophic pattern: HotSpot backtracks for a very long time (2^40 paths); rootvm's
 *  matcher stops after Matcher.STEP_LIMIT steps with an IllegalStateException. */
public class Catastrophic {
    public static void main(String[] args) {
        System.out.println(Pattern.matches("(a|aa)+b", "aaab"));
        try {
            System.out.println(Pattern.matches("(a+)+b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
        } catch (IllegalStateException e) {
            System.out.println("stopped: " + e.getMessage());
        }
    }
}
