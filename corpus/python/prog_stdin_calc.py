# An interactive-style command interpreter fed from standard input: a stack calculator with
# variables, error recovery per line, and a summary at end of input.


class CalcError(Exception):
    pass


class StackUnderflow(CalcError):
    pass


def apply(stack, env, token):
    binops = {"+": lambda a, b: a + b, "-": lambda a, b: a - b,
              "*": lambda a, b: a * b, "/": lambda a, b: a / b, "//": lambda a, b: a // b}
    if token in binops:
        if len(stack) < 2:
            raise StackUnderflow(f"{token!r} needs two operands, stack has {len(stack)}")
        b = stack.pop()
        a = stack.pop()
        stack.append(binops[token](a, b))
    elif token == "dup":
        if not stack:
            raise StackUnderflow("dup on empty stack")
        stack.append(stack[-1])
    elif token.startswith("="):
        env[token[1:]] = stack[-1]
    elif token in env:
        stack.append(env[token])
    else:
        try:
            stack.append(int(token))
        except ValueError:
            try:
                stack.append(float(token))
            except ValueError:
                raise CalcError(f"unknown word {token!r}")


def main():
    env = {}
    ok = errors = 0
    n = 0
    while True:
        try:
            line = input()
        except EOFError:
            break
        n += 1
        stack = []
        try:
            for token in line.split():
                apply(stack, env, token)
            print(f"{n}: {line.strip():<24} => {stack}")
            ok += 1
        except StackUnderflow as e:
            print(f"{n}: underflow: {e}")
            errors += 1
        except ZeroDivisionError as e:
            print(f"{n}: math error: {e}")
            errors += 1
        except CalcError as e:
            print(f"{n}: error: {e}")
            errors += 1
    print(f"{ok} ok, {errors} errors; variables: {sorted(env.items())}")


main()
