import java.util.*;
import java.util.regex.*;

/** java.util.regex and String's regular-expression methods. */
public class LibRegex {
    static void show(String label, Object v) { System.out.println(label + ": " + v); }

    public static void main(String[] args) {
        // String methods with real regular expressions.
        show("split ws", Arrays.toString("  the quick\tbrown   fox ".trim().split("\\s+")));
        show("split csv", Arrays.toString("a, b,c ,, d".split("\\s*,\\s*")));
        show("split limit", Arrays.toString("a:b:c:d".split(":", 2)));
        show("split neg", Arrays.toString("a:b::".split(":", -1)));
        show("split chars", Arrays.toString("abc".split("")));
        show("split digits", Arrays.toString("x1y22z333w".split("\\d+")));
        show("split pipe", Arrays.toString("1|2|3".split("\\|")));
        show("matches", "2024-01-15".matches("\\d{4}-\\d{2}-\\d{2}") + " " + "2024-1-15".matches("\\d{4}-\\d{2}-\\d{2}"));
        show("email", "john.doe@example.com".matches("[\\w.]+@[\\w]+\\.[a-z]{2,}"));
        show("replaceAll", "Hello   World  again".replaceAll("\\s+", " "));
        show("swap", "John Smith, Jane Doe".replaceAll("(\\w+) (\\w+)", "$2 $1"));
        show("replaceFirst", "aaa bbb aaa".replaceFirst("a+", "X"));
        show("vowels", "programming language".replaceAll("[aeiou]", "*"));
        show("empty", "abc".replaceAll("x*", "-"));
        show("escape", "cost: 5".replaceAll("\\d", Matcher.quoteReplacement("$9")));

        // Pattern and Matcher.
        Pattern p = Pattern.compile("(\\w+)=(\\d+)");
        Matcher m = p.matcher("x=1, yy=22; zzz=333");
        while (m.find()) {
            System.out.println(m.group() + " -> " + m.group(1) + " / " + m.group(2) + " at " + m.start() + ".." + m.end()
                + " (" + m.start(2) + ")");
        }
        System.out.println("groupCount " + m.groupCount());
        Matcher date = Pattern.compile("(?<y>\\d{4})-(?<m>\\d\\d)-(?<d>\\d\\d)").matcher("on 2023-07-04!");
        if (date.find()) System.out.println(date.group("d") + "/" + date.group("m") + "/" + date.group("y"));
        show("named replace", Pattern.compile("(?<first>\\w)(\\w*)").matcher("hello big world").replaceAll("${first}."));
        show("lazy", firstGroup("<.+?>", "<a><b>") + " vs " + firstGroup("<.+>", "<a><b>"));
        show("alternation", allMatches("cat|dog|bird", "a dog, a cat and a bird"));
        show("anchors", allMatches("^\\w+|\\w+$", "first middle last"));
        show("multiline", allMatches("(?m)^\\w+", "one two\nthree four\nfive"));
        show("boundary", allMatches("\\bis\\b", "this is his island, is it"));
        show("ci", allMatches("(?i)java", "Java JAVA jAvA jav"));
        show("backref", allMatches("(\\w)\\1", "bookkeeper mississippi"));
        show("lookahead", allMatches("\\w+(?=!)", "hi! there yes!"));
        show("lookbehind", allMatches("(?<=\\$)\\d+", "cost $45 and $7, not 9"));
        show("class ops", allMatches("[a-z&&[^aeiou]]+", "strengths are good"));
        show("quantifiers", allMatches("a{2,3}", "a aa aaa aaaa aaaaa"));
        show("possessive", Pattern.matches("a*+a", "aaaa") + " " + Pattern.matches("a*a", "aaaa"));
        show("optional group", optional("(a)(b)?c", "ac"));
        show("lookingAt", Pattern.compile("\\d+").matcher("123abc").lookingAt() + " " + Pattern.compile("\\d+").matcher("123abc").matches());
        show("quote", Pattern.matches(Pattern.quote("1+1=2"), "1+1=2"));
        show("split pattern", Arrays.toString(Pattern.compile("[,;]").split("a,b;c")));
        show("flags", Pattern.compile("^b", Pattern.MULTILINE | Pattern.CASE_INSENSITIVE).matcher("a\nB").find());

        // Word frequency with a regex tokenizer.
        String text = "It was the best of times, it was the worst of times; it was the age of wisdom.";
        Map<String, Integer> counts = new TreeMap<>();
        Matcher w = Pattern.compile("[a-z]+").matcher(text.toLowerCase());
        while (w.find()) counts.merge(w.group(), 1, Integer::sum);
        System.out.println(counts);

        // A simple log parser.
        Pattern log = Pattern.compile("^(\\d{2}):(\\d{2}) \\[(INFO|WARN|ERROR)\\] (.*)$");
        String[] lines = {"09:15 [INFO] started", "09:16 [WARN] disk at 91%", "bad line", "10:02 [ERROR] failed: timeout"};
        for (String line : lines) {
            Matcher lm = log.matcher(line);
            if (lm.matches()) System.out.println(lm.group(3) + "@" + lm.group(1) + "h" + lm.group(2) + ": " + lm.group(4));
            else System.out.println("unparsed: " + line);
        }

        // Errors.
        try {
            Pattern.compile("a(b");
        } catch (PatternSyntaxException e) {
            System.out.println("syntax: " + e.getDescription() + " at " + e.getIndex());
            System.out.println(e.getMessage());
        }
        try {
            Matcher bad = Pattern.compile("x").matcher("y");
            bad.group();
        } catch (IllegalStateException e) {
            System.out.println("state: " + e.getMessage());
        }
        try {
            "abc".replaceAll("b", "$2");
        } catch (IndexOutOfBoundsException e) {
            System.out.println("index: " + e.getMessage());
        }
    }

    static String firstGroup(String re, String s) {
        Matcher m = Pattern.compile(re).matcher(s);
        return m.find() ? m.group() : "none";
    }
    static List<String> allMatches(String re, String s) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(re).matcher(s);
        while (m.find()) out.add(m.group());
        return out;
    }
    static String optional(String re, String s) {
        Matcher m = Pattern.compile(re).matcher(s);
        return m.matches() + " " + m.group(1) + " " + m.group(2);
    }
}
