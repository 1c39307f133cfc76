// A tiny calculator language: a regex tokenizer, a precedence-climbing parser building an AST of
// records, a visitor interface with an evaluator over BigDecimal and a printer, variables and
// functions in a map, a shunting-yard RPN converter with `Deque` stacks, and BigInteger tricks.
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.BinaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RealCalc {
    enum Kind { NUM, NAME, OP, LPAREN, RPAREN, COMMA, END }

    record Token(Kind kind, String text, int pos) {
        @Override
        public String toString() {
            return kind + "(" + text + ")@" + pos;
        }
    }

    static class CalcError extends RuntimeException {
        CalcError(String message) {
            super(message);
        }
    }

    private static final Pattern TOKEN = Pattern.compile("\\s*(?:(\\d+(?:\\.\\d+)?)|([a-zA-Z_]\\w*)|([-+*/^%])|(\\()|(\\))|(,))");

    static List<Token> tokenize(String src) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(src);
        int pos = 0;
        while (pos < src.length()) {
            if (!m.find(pos) || m.start() != pos) {
                if (src.substring(pos).isBlank()) {
                    break;
                }
                throw new CalcError("bad character '" + src.charAt(pos) + "' at " + pos);
            }
            Kind kind = m.group(1) != null ? Kind.NUM : m.group(2) != null ? Kind.NAME : m.group(3) != null ? Kind.OP
                    : m.group(4) != null ? Kind.LPAREN : m.group(5) != null ? Kind.RPAREN : Kind.COMMA;
            int groupIndex = kind.ordinal() + 1;
            out.add(new Token(kind, m.group(groupIndex), m.start(groupIndex)));
            pos = m.end();
        }
        out.add(new Token(Kind.END, "", src.length()));
        return out;
    }

    interface Visitor<R> {
        R num(Num n);

        R var(Var v);

        R bin(Bin b);

        R neg(Neg n);

        R call(Call c);
    }

    interface Expr {
        <R> R accept(Visitor<R> v);
    }

    record Num(BigDecimal value) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.num(this);
        }
    }

    record Var(String name) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.var(this);
        }
    }

    record Bin(char op, Expr left, Expr right) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.bin(this);
        }
    }

    record Neg(Expr inner) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.neg(this);
        }
    }

    record Call(String fn, List<Expr> args) implements Expr {
        public <R> R accept(Visitor<R> v) {
            return v.call(this);
        }
    }

    static final class Parser {
        private final List<Token> tokens;
        private int i;

        Parser(List<Token> tokens) {
            this.tokens = tokens;
        }

        private Token peek() {
            return tokens.get(i);
        }

        private Token next() {
            return tokens.get(i++);
        }

        private static int precedence(String op) {
            return switch (op) {
                case "+", "-" -> 1;
                case "*", "/", "%" -> 2;
                case "^" -> 3;
                default -> throw new CalcError("no operator " + op);
            };
        }

        Expr parseAll() {
            Expr e = parse(1);
            if (peek().kind() != Kind.END) {
                throw new CalcError("unexpected " + peek());
            }
            return e;
        }

        Expr parse(int minPrec) {
            Expr left = unary();
            while (peek().kind() == Kind.OP && precedence(peek().text()) >= minPrec) {
                String op = next().text();
                int prec = precedence(op);
                Expr right = parse(op.equals("^") ? prec : prec + 1);
                left = new Bin(op.charAt(0), left, right);
            }
            return left;
        }

        Expr unary() {
            Token t = next();
            switch (t.kind()) {
                case NUM:
                    return new Num(new BigDecimal(t.text()));
                case NAME:
                    if (peek().kind() == Kind.LPAREN) {
                        next();
                        List<Expr> args = new ArrayList<>();
                        if (peek().kind() != Kind.RPAREN) {
                            do {
                                args.add(parse(1));
                            } while (peek().kind() == Kind.COMMA && next() != null);
                        }
                        expect(Kind.RPAREN);
                        return new Call(t.text(), args);
                    }
                    return new Var(t.text());
                case OP:
                    if (t.text().equals("-")) {
                        return new Neg(parse(3));
                    }
                    break;
                case LPAREN:
                    Expr inner = parse(1);
                    expect(Kind.RPAREN);
                    return inner;
                default:
                    break;
            }
            throw new CalcError("unexpected " + t);
        }

        private void expect(Kind kind) {
            Token t = next();
            if (t.kind() != kind) {
                throw new CalcError("expected " + kind + " but got " + t);
            }
        }
    }

    static final class Printer implements Visitor<String> {
        public String num(Num n) {
            return n.value().toPlainString();
        }

        public String var(Var v) {
            return v.name();
        }

        public String bin(Bin b) {
            return "(" + b.left().accept(this) + " " + b.op() + " " + b.right().accept(this) + ")";
        }

        public String neg(Neg n) {
            return "-" + n.inner().accept(this);
        }

        public String call(Call c) {
            StringJoiner j = new StringJoiner(", ", c.fn() + "(", ")");
            c.args().forEach(a -> j.add(a.accept(this)));
            return j.toString();
        }
    }

    static final class Evaluator implements Visitor<BigDecimal> {
        static final MathContext MC = new MathContext(20, RoundingMode.HALF_EVEN);
        final Map<String, BigDecimal> vars = new HashMap<>();
        private final Map<Character, BinaryOperator<BigDecimal>> ops = Map.of(
                '+', BigDecimal::add,
                '-', BigDecimal::subtract,
                '*', BigDecimal::multiply,
                '/', (a, b) -> a.divide(b, MC),
                '%', BigDecimal::remainder,
                '^', (a, b) -> a.pow(b.intValueExact(), MC));

        public BigDecimal num(Num n) {
            return n.value();
        }

        public BigDecimal var(Var v) {
            BigDecimal value = vars.get(v.name());
            if (value == null) {
                throw new CalcError("unknown variable " + v.name());
            }
            return value;
        }

        public BigDecimal bin(Bin b) {
            return ops.get(b.op()).apply(b.left().accept(this), b.right().accept(this));
        }

        public BigDecimal neg(Neg n) {
            return n.inner().accept(this).negate();
        }

        public BigDecimal call(Call c) {
            List<BigDecimal> a = c.args().stream().map(e -> e.accept(this)).toList();
            return switch (c.fn()) {
                case "max" -> a.stream().reduce(BigDecimal::max).orElseThrow(() -> new CalcError("max of nothing"));
                case "min" -> a.stream().reduce(BigDecimal::min).orElseThrow(() -> new CalcError("min of nothing"));
                case "sqrt" -> a.get(0).sqrt(MC);
                case "round" -> a.get(0).setScale(a.get(1).intValue(), RoundingMode.HALF_UP);
                case "abs" -> a.get(0).abs();
                default -> throw new CalcError("unknown function " + c.fn() + "/" + a.size());
            };
        }
    }

    /** Shunting-yard: infix tokens to reverse Polish notation. */
    static String toRpn(List<Token> tokens) {
        Deque<String> ops = new ArrayDeque<>();
        List<String> out = new ArrayList<>();
        for (Token t : tokens) {
            switch (t.kind()) {
                case NUM, NAME -> out.add(t.text());
                case OP -> {
                    while (!ops.isEmpty() && !ops.peek().equals("(")
                            && (Parser.precedence(ops.peek()) > Parser.precedence(t.text())
                                || (Parser.precedence(ops.peek()) == Parser.precedence(t.text()) && !t.text().equals("^")))) {
                        out.add(ops.pop());
                    }
                    ops.push(t.text());
                }
                case LPAREN -> ops.push("(");
                case RPAREN -> {
                    while (!ops.peek().equals("(")) {
                        out.add(ops.pop());
                    }
                    ops.pop();
                }
                default -> { }
            }
        }
        while (!ops.isEmpty()) {
            out.add(ops.pop());
        }
        return String.join(" ", out);
    }

    public static void main(String[] args) {
        Evaluator eval = new Evaluator();
        eval.vars.put("pi", new BigDecimal("3.14159265358979323846"));
        eval.vars.put("rate", new BigDecimal("0.035"));
        String[] programs = {
            "1 + 2 * 3",
            "(1 + 2) * 3",
            "2 ^ 3 ^ 2",
            "-2 ^ 2",
            "10 / 3",
            "10 % 4 + 0.5",
            "max(1, 7.25, 3) - min(4, 2)",
            "round(pi * 2, 3)",
            "sqrt(2)",
            "1000 * (1 + rate) ^ 10",
            "abs(-12.50) * 2",
            "1 / 0",
            "x + 1",
            "2 $ 3",
            "(1 + 2",
            "foo(1)",
            "max()",
            "2 ^ 0.5",
        };
        Printer printer = new Printer();
        for (String src : programs) {
            try {
                List<Token> tokens = tokenize(src);
                Expr e = new Parser(tokens).parseAll();
                BigDecimal value = e.accept(eval);
                System.out.printf("%-28s %-34s = %s   [rpn: %s]%n", src, e.accept(printer), value, toRpn(tokens));
            } catch (CalcError e) {
                System.out.printf("%-28s error: %s%n", src, e.getMessage());
            } catch (ArithmeticException e) {
                System.out.printf("%-28s arithmetic: %s%n", src, e.getMessage());
            }
        }
        System.out.println(tokenize("a1 + 22.5*(b)"));
        System.out.println(new Parser(tokenize("f(1, 2) + 3")).parseAll());

        BigInteger fact = BigInteger.ONE;
        for (int i = 2; i <= 30; i++) {
            fact = fact.multiply(BigInteger.valueOf(i));
        }
        System.out.println("30! = " + fact + " bits " + fact.bitLength() + " digits " + fact.toString().length());
        BigInteger p = BigInteger.TWO.pow(61).subtract(BigInteger.ONE);
        System.out.println("M61 = " + p + " probable prime " + p.isProbablePrime(20) + " hex " + p.toString(16));
        BigInteger[] qr = fact.divideAndRemainder(p);
        System.out.println("30! / M61 = " + qr[0] + " rem " + qr[1] + " gcd " + fact.gcd(BigInteger.valueOf(1_000_000_007L * 6)));
        System.out.println("modPow " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(1000), p) + " modInverse " + BigInteger.valueOf(17).modInverse(p));
        System.out.println("fib(150) = " + fib(150) + " signum " + fib(150).negate().signum() + " cmp " + fib(100).compareTo(fib(99)));
        BigDecimal money = new BigDecimal("19.99").multiply(BigDecimal.valueOf(3)).setScale(2, RoundingMode.HALF_UP);
        BigDecimal share = money.divide(new BigDecimal("7"), 4, RoundingMode.DOWN);
        System.out.println(money + " / 7 = " + share + " scale " + share.scale() + " precision " + share.precision()
                + " strip " + new BigDecimal("1.2300").stripTrailingZeros() + " eq " + new BigDecimal("2.0").equals(new BigDecimal("2.00"))
                + " cmp " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")));
    }

    static BigInteger fib(int n) {
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i < n; i++) {
            BigInteger t = a.add(b);
            a = b;
            b = t;
        }
        return a;
    }
}
