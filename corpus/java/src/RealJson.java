// A JSON parser and pretty printer the way an application would write one: a sealed interface of
// records for the values, a recursive-descent parser with positions in its errors, pattern
// matching `instanceof`, `switch` on strings, and a small query language over the tree.
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

public class RealJson {
    sealed interface Json permits JNull, JBool, JNum, JStr, JArr, JObj {}

    record JNull() implements Json {}

    record JBool(boolean value) implements Json {}

    record JNum(double value) implements Json {}

    record JStr(String value) implements Json {}

    record JArr(List<Json> items) implements Json {}

    record JObj(Map<String, Json> fields) implements Json {}

    static class ParseException extends Exception {
        final int line;
        final int column;

        ParseException(String message, int line, int column) {
            super(message + " at " + line + ":" + column);
            this.line = line;
            this.column = column;
        }
    }

    static final class Parser {
        private final String text;
        private int pos;

        Parser(String text) {
            this.text = text;
        }

        Json parseDocument() throws ParseException {
            skipSpace();
            Json value = parseValue();
            skipSpace();
            if (pos < text.length()) {
                throw error("trailing characters");
            }
            return value;
        }

        private ParseException error(String message) {
            int line = 1;
            int column = 1;
            for (int i = 0; i < pos && i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    line++;
                    column = 1;
                } else {
                    column++;
                }
            }
            return new ParseException(message, line, column);
        }

        private void skipSpace() {
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
        }

        private char peek() throws ParseException {
            if (pos >= text.length()) {
                throw error("unexpected end of input");
            }
            return text.charAt(pos);
        }

        private void expect(char c) throws ParseException {
            if (peek() != c) {
                throw error("expected '" + c + "' but found '" + peek() + "'");
            }
            pos++;
        }

        private Json parseValue() throws ParseException {
            char c = peek();
            return switch (c) {
                case '{' -> parseObject();
                case '[' -> parseArray();
                case '"' -> new JStr(parseString());
                case 't', 'f', 'n' -> parseWord();
                default -> {
                    if (c == '-' || Character.isDigit(c)) {
                        yield parseNumber();
                    }
                    throw error("unexpected character '" + c + "'");
                }
            };
        }

        private Json parseWord() throws ParseException {
            int start = pos;
            while (pos < text.length() && Character.isLetter(text.charAt(pos))) {
                pos++;
            }
            String word = text.substring(start, pos);
            switch (word) {
                case "true":
                    return new JBool(true);
                case "false":
                    return new JBool(false);
                case "null":
                    return new JNull();
                default:
                    pos = start;
                    throw error("unknown literal " + word);
            }
        }

        private Json parseNumber() throws ParseException {
            int start = pos;
            if (text.charAt(pos) == '-') {
                pos++;
            }
            while (pos < text.length() && "0123456789.eE+-".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            String digits = text.substring(start, pos);
            try {
                return new JNum(Double.parseDouble(digits));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("bad number " + digits);
            }
        }

        private String parseString() throws ParseException {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = peek();
                pos++;
                if (c == '"') {
                    return sb.toString();
                }
                if (c != '\\') {
                    sb.append(c);
                    continue;
                }
                char e = peek();
                pos++;
                switch (e) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case '"', '\\', '/' -> sb.append(e);
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw error("short unicode escape");
                        }
                        sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw error("bad escape \\" + e);
                }
            }
        }

        private Json parseArray() throws ParseException {
            expect('[');
            List<Json> items = new ArrayList<>();
            skipSpace();
            if (peek() == ']') {
                pos++;
                return new JArr(items);
            }
            while (true) {
                skipSpace();
                items.add(parseValue());
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect(']');
                    return new JArr(items);
                }
            }
        }

        private Json parseObject() throws ParseException {
            expect('{');
            Map<String, Json> fields = new LinkedHashMap<>();
            skipSpace();
            if (peek() == '}') {
                pos++;
                return new JObj(fields);
            }
            while (true) {
                skipSpace();
                String key = parseString();
                skipSpace();
                expect(':');
                skipSpace();
                if (fields.put(key, parseValue()) != null) {
                    throw error("duplicate key " + key);
                }
                skipSpace();
                if (peek() == ',') {
                    pos++;
                } else {
                    expect('}');
                    return new JObj(fields);
                }
            }
        }
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    static String number(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d);
        }
        return Double.toString(d);
    }

    static void pretty(Json json, int indent, StringBuilder out) {
        String pad = "  ".repeat(indent);
        if (json instanceof JObj obj) {
            if (obj.fields().isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            int i = 0;
            for (Map.Entry<String, Json> e : obj.fields().entrySet()) {
                out.append(pad).append("  ").append(quote(e.getKey())).append(": ");
                pretty(e.getValue(), indent + 1, out);
                out.append(++i < obj.fields().size() ? ",\n" : "\n");
            }
            out.append(pad).append('}');
        } else if (json instanceof JArr arr) {
            if (arr.items().stream().allMatch(j -> j instanceof JNum || j instanceof JBool)) {
                out.append(arr.items().stream().map(RealJson::compact).collect(Collectors.joining(", ", "[", "]")));
                return;
            }
            out.append("[\n");
            for (int i = 0; i < arr.items().size(); i++) {
                out.append(pad).append("  ");
                pretty(arr.items().get(i), indent + 1, out);
                out.append(i + 1 < arr.items().size() ? ",\n" : "\n");
            }
            out.append(pad).append(']');
        } else {
            out.append(compact(json));
        }
    }

    static String compact(Json json) {
        if (json instanceof JNull) {
            return "null";
        } else if (json instanceof JBool b) {
            return String.valueOf(b.value());
        } else if (json instanceof JNum n) {
            return number(n.value());
        } else if (json instanceof JStr s) {
            return quote(s.value());
        } else if (json instanceof JArr a) {
            return a.items().stream().map(RealJson::compact).collect(Collectors.joining(",", "[", "]"));
        } else if (json instanceof JObj o) {
            return o.fields().entrySet().stream()
                    .map(e -> quote(e.getKey()) + ":" + compact(e.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        throw new IllegalStateException("unreachable");
    }

    /** Follows a path like `items.1.name` through objects and arrays. */
    static Json query(Json root, String path) {
        Json at = root;
        for (String part : path.split("\\.")) {
            if (at instanceof JObj o && o.fields().containsKey(part)) {
                at = o.fields().get(part);
            } else if (at instanceof JArr a && part.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(part);
                if (index >= a.items().size()) {
                    return null;
                }
                at = a.items().get(index);
            } else {
                return null;
            }
        }
        return at;
    }

    static double total(Json json) {
        if (json instanceof JNum n) {
            return n.value();
        } else if (json instanceof JArr a) {
            return a.items().stream().mapToDouble(RealJson::total).sum();
        } else if (json instanceof JObj o) {
            return o.fields().values().stream().mapToDouble(RealJson::total).sum();
        }
        return 0;
    }

    static int depth(Json json) {
        if (json instanceof JArr a) {
            return 1 + a.items().stream().mapToInt(RealJson::depth).max().orElse(0);
        } else if (json instanceof JObj o) {
            return 1 + o.fields().values().stream().mapToInt(RealJson::depth).max().orElse(0);
        }
        return 0;
    }

    public static void main(String[] args) {
        String doc = """
                {
                  "name": "rootvm \\"demo\\"",
                  "version": 1.5,
                  "tags": ["vm", "jit\\tfree", "caf\\u00e9"],
                  "items": [
                    {"name": "alpha", "qty": 3, "price": 2.25, "ok": true},
                    {"name": "beta", "qty": -12, "price": 1e3, "ok": false},
                    {"name": "gamma", "qty": 0, "price": 0.1, "extra": null}
                  ],
                  "matrix": [[1, 2], [3, 4.5]],
                  "empty": {},
                  "none": []
                }
                """;
        try {
            Json root = new Parser(doc).parseDocument();
            StringBuilder out = new StringBuilder();
            pretty(root, 0, out);
            System.out.println(out);
            System.out.println(compact(root));
            System.out.println("total = " + total(root) + ", depth = " + depth(root));
            for (String path : List.of("name", "items.1.name", "items.2.extra", "matrix.1.1", "items.7", "tags.x")) {
                Json hit = query(root, path);
                String kind = hit == null ? "missing" : hit.getClass().getSimpleName();
                System.out.printf("%-14s %-8s %s%n", path, kind, hit == null ? "-" : compact(hit));
            }
            Json again = new Parser(compact(root)).parseDocument();
            System.out.println("round trip equal: " + again.equals(root) + ", hash equal: " + (again.hashCode() == root.hashCode()));
            System.out.println(new JArr(List.of(new JNum(1), new JStr("x"), new JNull())));
        } catch (ParseException e) {
            System.out.println("unexpected: " + e.getMessage());
        }
        String[] bad = {
            "{\"a\": 1,}", "[1, 2", "{\"a\" 1}", "tru", "\"abc\\q\"", "[1] 2", "{\"k\": 1, \"k\": 2}",
            "-", "{\n  \"x\": [\n    1,\n    @\n  ]\n}", "\"\\u12\"",
        };
        for (String text : bad) {
            try {
                Json j = new Parser(text).parseDocument();
                System.out.println("parsed?! " + compact(j));
            } catch (ParseException e) {
                System.out.println(text.replace("\n", "\\n") + " -> " + e.getMessage() + " (line " + e.line + ")");
            }
        }
    }
}
