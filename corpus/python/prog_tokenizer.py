# A tokenizer and recursive-descent evaluator for arithmetic, with custom errors.


class CalcError(Exception):
    pass


class ParseError(CalcError):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at position {pos}")
        self.pos = pos


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch == ".":
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            text = src[i:j]
            tokens.append(("num", float(text) if "." in text else int(text), i))
            i = j
        elif ch in "+-*/%()^":
            tokens.append(("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected {ch!r}", i)
    tokens.append(("end", None, len(src)))
    return tokens


class Parser:
    def __init__(self, src):
        self.tokens = tokenize(src)
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expr(self):
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek()[1] == "^":
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        kind, val, pos = self.take()
        if val == "-":
            return -self.unary()
        if kind == "num":
            return val
        if val == "(":
            v = self.expr()
            if self.take()[1] != ")":
                raise ParseError("expected ')'", pos)
            return v
        raise ParseError(f"unexpected {val!r}", pos)


def evaluate(src):
    p = Parser(src)
    v = p.expr()
    if p.peek()[0] != "end":
        raise ParseError("trailing input", p.peek()[2])
    return v


for src in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-4 + 10 % 3", "7 / 2", "2.5 * 4",
            "1 / 0", "3 + * 4", "(1 + 2", "4 $ 4", "2 ^ 100", "1 2"]:
    try:
        print(f"{src:<12} = {evaluate(src)}")
    except ParseError as e:
        print(f"{src:<12} ! parse: {e} (pos {e.pos})")
    except ZeroDivisionError as e:
        print(f"{src:<12} ! math: {e}")
