package java.lang;

/** String.format / formatted / PrintStream.printf (calls redirected here by libcalls.rs): `%[flags][width][.precision]conv` for d s S f e E x X o c b n %,
 *  with Java's output (HALF_UP rounding of the shortest digits for f and e). */
final class RootFormat {
    private RootFormat() {}

    static String formatted(String fmt, Object... args) { return format(fmt, args); }
    /** `PrintStream.printf`: JDK 17's `Formatter` appends each fixed part and each converted
     *  argument to the stream separately (`append`, so `print(String)` of a subclass sees each;
     *  padding spaces one `append(char)` each). */
    static java.io.PrintStream printf(java.io.PrintStream out, String fmt, Object... args) {
        java.util.ArrayList<String> pieces = new java.util.ArrayList<>();
        format(fmt, args, pieces);
        for (int i = 0; i < pieces.size(); i++) {
            String piece = pieces.get(i);
            if (piece == null) out.append(' ');
            else out.append(piece);
        }
        return out;
    }
    // With a locale: the locale is ignored (every locale formats as Locale.ROOT does here).
    static java.io.PrintStream printf(java.io.PrintStream out, java.util.Locale l, String fmt, Object... args) {
        return printf(out, fmt, args);
    }
    static String format(java.util.Locale l, String fmt, Object... args) { return format(fmt, args); }
    static String format(String fmt, Object... args) { return format(fmt, args, null); }
    /** The formatted text; with `pieces`, also each fixed part and converted argument in turn. */
    private static String format(String fmt, Object[] args, java.util.ArrayList<String> pieces) {
        StringBuilder out = new StringBuilder();
        int piece = 0;
        int next = 0;
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            if (pieces != null && out.length() > piece) pieces.add(out.substring(piece));
            piece = out.length();
            int start = i;
            i++;
            // argument index: digits followed by '$'
            int explicit = -1;
            int j = i;
            while (j < n && Character.isDigit(fmt.charAt(j))) j++;
            if (j < n && j > i && fmt.charAt(j) == '$') {
                explicit = Integer.parseInt(fmt.substring(i, j)) - 1;
                i = j + 1;
            }
            String flags = "";
            while (i < n && "-#+ 0,(".indexOf(fmt.charAt(i)) >= 0) flags += fmt.charAt(i++);
            int width = -1;
            int w0 = i;
            while (i < n && Character.isDigit(fmt.charAt(i))) i++;
            if (i > w0) width = Integer.parseInt(fmt.substring(w0, i));
            int precision = -1;
            if (i < n && fmt.charAt(i) == '.') {
                int p0 = ++i;
                while (i < n && Character.isDigit(fmt.charAt(i))) i++;
                precision = Integer.parseInt(fmt.substring(p0, i));
            }
            if (i >= n) throw new IllegalArgumentException("Format specifier '" + fmt.substring(start) + "'");
            char conv = fmt.charAt(i);
            String body;
            if (conv == 'n') {
                body = "\n";
            } else if (conv == '%') {
                body = "%";
            } else {
                Object arg;
                if (explicit >= 0) {
                    arg = explicit < args.length ? args[explicit] : missing(fmt.substring(start, i + 1));
                } else {
                    arg = next < args.length ? args[next++] : missing(fmt.substring(start, i + 1));
                }
                body = convert(arg, conv, flags, precision);
            }
            String text = conv == 'n' ? body : pad(body, flags, width);
            out.append(text);
            if (pieces != null) addPieces(pieces, body, text, flags);
            piece = out.length();
        }
        if (pieces != null && out.length() > piece) pieces.add(out.substring(piece));
        return out.toString();
    }

    /** The pieces JDK 17's `Formatter` appends for one specifier: the padded text at once
     *  (zero padding is part of the number), else the text and each space of padding apart, as
     *  a `char` (null here). */
    private static void addPieces(java.util.ArrayList<String> pieces, String body, String text, String flags) {
        int spaces = text.length() - body.length();
        if (spaces == 0 || flags.indexOf('0') >= 0) {
            pieces.add(text);
            return;
        }
        boolean left = flags.indexOf('-') >= 0;
        if (left) pieces.add(body);
        for (int k = 0; k < spaces; k++) pieces.add(null);
        if (!left) pieces.add(body);
    }

    private static Object missing(String spec) {
        throw new IllegalArgumentException("Format specifier '" + spec + "'");
    }

    private static String pad(String s, String flags, int width) {
        if (width <= s.length()) return s;
        StringBuilder sb = new StringBuilder();
        if (flags.indexOf('-') >= 0) {
            sb.append(s);
            for (int k = s.length(); k < width; k++) sb.append(' ');
            return sb.toString();
        }
        if (flags.indexOf('0') >= 0) {
            int at = (s.startsWith("-") || s.startsWith("+") || s.startsWith(" ")) ? 1 : 0;
            sb.append(s.substring(0, at));
            for (int k = s.length(); k < width; k++) sb.append('0');
            return sb.append(s.substring(at)).toString();
        }
        for (int k = s.length(); k < width; k++) sb.append(' ');
        return sb.append(s).toString();
    }

    private static String group(String digits) {
        StringBuilder sb = new StringBuilder();
        int n = digits.length();
        for (int k = 0; k < n; k++) {
            if (k > 0 && (n - k) % 3 == 0) sb.append(',');
            sb.append(digits.charAt(k));
        }
        return sb.toString();
    }

    /** Sign and grouping of a magnitude's digits. */
    private static String signed(boolean negative, String digits, String flags) {
        if (flags.indexOf(',') >= 0) {
            int dot = digits.indexOf('.');
            digits = dot < 0 ? group(digits) : group(digits.substring(0, dot)) + digits.substring(dot);
        }
        if (negative) return flags.indexOf('(') >= 0 ? "(" + digits + ")" : "-" + digits;
        if (flags.indexOf('+') >= 0) return "+" + digits;
        if (flags.indexOf(' ') >= 0) return " " + digits;
        return digits;
    }

    private static String convert(Object arg, char conv, String flags, int precision) {
        switch (conv) {
            case 'd': {
                if (arg == null) return "null";
                if (!(arg instanceof Long || arg instanceof Integer || arg instanceof Short || arg instanceof Byte)) {
                    // A BigInteger (named through its digits, so formatting does not need the class).
                    String s = arg.toString();
                    boolean negative = s.startsWith("-");
                    return signed(negative, negative ? s.substring(1) : s, flags);
                }
                long v = ((Number) arg).longValue();
                String digits = v == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(v < 0 ? -v : v);
                return signed(v < 0, digits, flags);
            }
            case 'x':
            case 'X':
            case 'o': {
                if (arg == null) return "null";
                // The JDK's public `Long` methods: an input's own `Long` (java.base) has them.
                long v = arg instanceof Long ? ((Long) arg).longValue() : ((Number) arg).intValue() & 0xffffffffL;
                String s = conv == 'o' ? Long.toOctalString(v) : Long.toHexString(v);
                if (flags.indexOf('#') >= 0) s = (conv == 'o' ? "0" : "0x") + s;
                return conv == 'X' ? s.toUpperCase() : s;
            }
            case 'f':
            case 'e':
            case 'E':
            case 'g':
            case 'G': {
                if (arg == null) return "null";
                double v = ((Number) arg).doubleValue();
                if (v != v) return "NaN";
                boolean neg = v < 0 || (v == 0 && 1 / v < 0);
                if (Double.isInfinite(v)) return neg ? (flags.indexOf('(') >= 0 ? "(Infinity)" : "-Infinity") : signed(false, "Infinity", "");
                boolean fixed = conv == 'f';
                String digits;
                if (conv == 'g' || conv == 'G') {
                    // Scientific when the exponent after rounding to `prec` significant digits is
                    // below -4 or at least `prec`, else fixed with `prec` significant digits.
                    int prec = precision < 0 ? 6 : Math.max(precision, 1);
                    digits = RootNative.formatDouble(Math.abs(v), prec - 1, 1);
                    int exponent = v == 0 ? 0 : Integer.parseInt(digits.substring(digits.indexOf('e') + 1));
                    fixed = exponent >= -4 && exponent < prec;
                    if (fixed) digits = RootNative.formatDouble(Math.abs(v), prec - 1 - exponent, 0);
                } else {
                    digits = RootNative.formatDouble(Math.abs(v), precision < 0 ? 6 : precision, fixed ? 0 : 1);
                }
                if (Character.isUpperCase(conv)) digits = digits.toUpperCase();
                return signed(neg, digits, fixed ? flags : flags.replace(",", ""));
            }
            case 's':
            case 'S': {
                String s = String.valueOf(arg);
                if (precision >= 0 && precision < s.length()) s = s.substring(0, precision);
                return conv == 'S' ? s.toUpperCase() : s;
            }
            case 'c': {
                if (arg == null) return "null";
                if (arg instanceof Character) return String.valueOf(((Character) arg).charValue());
                return String.valueOf((char) ((Number) arg).intValue());
            }
            case 'b':
            case 'B': {
                String s = arg == null ? "false" : (arg instanceof Boolean ? arg.toString() : "true");
                return conv == 'B' ? s.toUpperCase() : s;
            }
            default:
                throw new IllegalArgumentException("Conversion = '" + conv + "'");
        }
    }
}
