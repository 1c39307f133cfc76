// Text processing over standard input, as a command-line tool would: `BufferedReader` lines,
// word frequencies with `split("\\s+")`, `Collectors.counting` and sorting by count, n-grams,
// sentence and character statistics, regex extraction with groups, a word-wrapper, a caesar
// cipher with `chars()`, a text block template, and a tour of `String`/`StringBuilder` methods.
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

public class RealText {
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    static String caesar(String s, int shift) {
        return s.chars().map(c -> {
            if (Character.isUpperCase(c)) {
                return 'A' + (c - 'A' + shift + 26) % 26;
            } else if (Character.isLowerCase(c)) {
                return 'a' + (c - 'a' + shift + 26) % 26;
            }
            return c;
        }).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    static void frequencies(List<String> lines) {
        Map<String, Long> counts = lines.stream()
                .flatMap(l -> Arrays.stream(l.toLowerCase().split("[^a-z']+")))
                .filter(w -> !w.isBlank())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<Map.Entry<String, Long>> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(8).toList();
        System.out.println("distinct words " + counts.size() + ", total " + counts.values().stream().mapToLong(Long::longValue).sum());
        top.forEach(e -> System.out.printf("  %-8s %3d %s%n", e.getKey(), e.getValue(), "*".repeat(e.getValue().intValue())));
        Map<Integer, List<String>> byLength = counts.keySet().stream().filter(w -> w.length() >= 9)
                .collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.collectingAndThen(Collectors.toList(), l -> {
                    l.sort(null);
                    return l;
                })));
        System.out.println("long words " + byLength);
        Map<String, Long> bigrams = new TreeMap<>();
        for (String l : lines) {
            String[] w = l.toLowerCase().replaceAll("[^a-z ]", " ").trim().split(" +");
            for (int i = 0; i + 1 < w.length; i++) {
                bigrams.merge(w[i] + " " + w[i + 1], 1L, Long::sum);
            }
        }
        String common = bigrams.entrySet().stream().filter(e -> e.getValue() >= 4).map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        System.out.println("bigrams " + common);
        Map<Character, Integer> letters = new TreeMap<>();
        lines.forEach(l -> l.chars().filter(Character::isLetter).map(Character::toLowerCase).forEach(c -> letters.merge((char) c, 1, Integer::sum)));
        String vowels = letters.entrySet().stream().filter(e -> "aeiou".indexOf(e.getKey()) >= 0).map(Object::toString).collect(Collectors.joining(" "));
        System.out.println("vowels " + vowels + " | letters " + letters.size());
    }

    static void extraction(String all) {
        Matcher emails = Pattern.compile("([\\w.]+)@([\\w.]+\\.[a-z]{2,})").matcher(all);
        while (emails.find()) {
            System.out.println("email user=" + emails.group(1) + " domain=" + emails.group(2) + " at " + emails.start());
        }
        Matcher phones = Pattern.compile("\\(?(\\d{3})\\)?[ -]?(\\d{3})-(\\d{4})|(\\d{3})-(\\d{4})").matcher(all);
        List<String> found = new ArrayList<>();
        while (phones.find()) {
            found.add(phones.group().replaceAll("\\D", ""));
        }
        System.out.println("phones " + found);
        Pattern date = Pattern.compile("(?<y>\\d{4})-(?<m>\\d{2})-(?<d>\\d{2})");
        Matcher dm = date.matcher(all);
        while (dm.find()) {
            int month = Integer.parseInt(dm.group("m"));
            System.out.println("date " + dm.group() + (month <= 12 ? " ok, month " + month : " bad month " + month));
        }
        System.out.println(all.lines().filter(l -> l.matches(".*\\bking\\b.*")).count() + " lines mention a king; replaced: "
                + "a king and a queen".replaceAll("(\\w+) and (\\w+)", "$2 and $1"));
    }

    static void stringTour() {
        StringBuilder sb = new StringBuilder("hello world");
        sb.insert(0, ">> ").append('!').append(42).append(2.5).append(true).append((Object) null);
        System.out.println(sb + " len " + sb.length());
        sb.setCharAt(3, 'H');
        sb.deleteCharAt(sb.length() - 1).delete(sb.indexOf("!"), sb.length()).replace(0, 3, "<<");
        System.out.println(sb + " | reversed " + new StringBuilder(sb).reverse() + " | indexOf o " + sb.indexOf("o") + " last " + sb.lastIndexOf("o") + " from 6 " + sb.indexOf("o", 6));
        sb.setLength(5);
        System.out.println("[" + sb + "] charAt " + sb.charAt(2) + " substring " + sb.substring(2) + " compare " + sb.compareTo(new StringBuilder("<<Hel")));
        String s = "  Mississippi River  ";
        String t = s.strip();
        System.out.println("[" + t + "] [" + s.stripLeading() + "] [" + s.stripTrailing() + "] [" + s.trim() + "] blank " + "   ".isBlank() + " empty " + "".isEmpty());
        System.out.println(t.indexOf("ss") + " " + t.indexOf("ss", 3) + " " + t.lastIndexOf('s') + " " + t.indexOf('z') + " " + t.lastIndexOf("ss", 4) + " " + t.charAt(t.length() - 1)
                + " " + t.contains("sip") + " " + t.startsWith("Miss") + " " + t.endsWith("er") + " " + t.startsWith("ss", 2) + " " + t.replace('s', 'z') + " " + t.replace("ss", "S"));
        System.out.println("apple".compareTo("banana") + " " + "Apple".compareToIgnoreCase("apple") + " " + "b".compareTo("B") + " " + "abc".compareTo("ab") + " "
                + "Hello".equalsIgnoreCase("hELLO") + " " + "Hello World".regionMatches(true, 6, "WORLDS", 0, 5) + " " + "Hello World".regionMatches(6, "world", 0, 5));
        char[] chars = {'d', 'a', 'c', 'b'};
        Arrays.sort(chars);
        System.out.println(String.valueOf(chars) + " " + new String(chars, 1, 2) + " " + String.valueOf(chars, 2, 2) + " " + String.copyValueOf(chars) + " " + Arrays.toString("a,b,,c,".split(","))
                + " " + Arrays.toString("a,b,,c,".split(",", -1)) + " " + Arrays.toString("a1b22c333".split("\\d+", 2)) + " " + String.join("/", List.of("x", "y", "z")));
        System.out.println("ab".repeat(3) + " " + "x".repeat(0).length() + " " + "Title".toUpperCase() + " " + "ÄÖÜ ß".toLowerCase() + " " + "tab\there".indexOf('\t') + " "
                + "a-b-c".chars().filter(c -> c == '-').count() + " " + "hello".chars().mapToObj(c -> String.valueOf((char) c)).sorted().collect(Collectors.joining()) + " "
                + "%d%%".formatted(50) + " " + String.format("|%5s|%-5s|%.2s|%05d|%+.1e|", "ab", "ab", "abcdef", -42, 12345.6789));
        String template = """
                Dear %s,
                  your order #%06d of %,.2f EUR ships on %s.\
                 Thanks!
                """;
        System.out.print(template.formatted("Ada", 4217, 1234567.891, "Monday"));
        System.out.println("text block lines " + template.lines().count() + " indent:\n" + "a\nb".indent(2) + "stripIndent:" + "   x\n   y".stripIndent().replace("\n", "|"));
        System.out.println("codepoints " + "héllo".codePoints().count() + " " + "abc".hashCode() + " " + "".hashCode() + " " + "Aa".hashCode() + "=" + "BB".hashCode()
                + " intern " + (new String("x").intern() == "x") + " chars " + Arrays.toString("hey".toCharArray()) + " " + "a.b.c".replace(".", "") + " " + "CamelCaseString".replaceAll("([A-Z])", "_$1").toLowerCase());
        System.out.println("a\\tb\\101\\s\\\\".translateEscapes().replace("\t", "<tab>") + " " + "  two\n    four\n".stripIndent().replace("\n", "|")
                + " " + "abc".transform(x -> x + "!") + " " + "-x".indent(-3).replace("\n", "|") + "x\r\ny".indent(1).replace("\n", "|"));
        try {
            "bad\\q".translateEscapes();
        } catch (IllegalArgumentException e) {
            System.out.println("translateEscapes: " + e.getMessage());
        }
        try {
            "abc".substring(2, 1);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("substring: " + e.getMessage());
        }
        try {
            new StringBuilder("abc").insert(5, "x");
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("insert: " + e.getMessage());
        }
        try {
            "abc".charAt(3);
        } catch (StringIndexOutOfBoundsException e) {
            System.out.println("charAt: " + e.getMessage());
        }
    }

    public static void main(String[] args) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in))) {
            String line;
            while ((line = in.readLine()) != null) {
                lines.add(line);
            }
        }
        System.out.println(lines.size() + " lines, " + lines.stream().filter(String::isBlank).count() + " blank, longest "
                + lines.stream().mapToInt(String::length).max().orElse(0) + " chars, indented "
                + lines.stream().filter(l -> !l.isEmpty() && Character.isWhitespace(l.charAt(0))).count());
        String all = String.join("\n", lines);
        String prose = lines.stream().skip(1).limit(10).collect(Collectors.joining(" "));
        String[] sentences = prose.split("(?<=[.;])\\s+");
        System.out.println(sentences.length + " sentences; first: " + sentences[0].strip().substring(0, 40) + "...");
        frequencies(lines.subList(1, 11));
        extraction(all);
        List<String> wrapped = wrap(prose, 48);
        IntStream.range(0, Math.min(5, wrapped.size())).forEach(i -> System.out.printf("%2d| %-48s |%n", i + 1, wrapped.get(i)));
        String secret = caesar(lines.get(0), 3);
        System.out.println(secret + " -> " + caesar(secret, -3));
        stringTour();
        Map<Boolean, Long> shortLong = lines.stream().collect(Collectors.partitioningBy(l -> l.length() > 80, Collectors.counting()));
        LinkedHashMap<String, Integer> firstWords = new LinkedHashMap<>();
        lines.stream().map(String::strip).filter(l -> !l.isEmpty()).map(l -> l.split("\\s+")[0]).forEach(w -> firstWords.merge(w, 1, Integer::sum));
        System.out.println(shortLong + " " + firstWords);
        System.out.println(lines.stream().map(String::length).sorted(Comparator.reverseOrder()).limit(3).toList());
    }
}
