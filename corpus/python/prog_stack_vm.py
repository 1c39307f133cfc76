# A tiny stack VM: an assembler with labels, an interpreter loop with a dispatch dict,
# and a few programs (factorial, gcd, a countdown), plus a trace of the first steps.


class VMError(Exception):
    pass


def assemble(source):
    code, labels = [], {}
    for line in source.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
            continue
        op, *args = line.split()
        code.append((op, args[0] if args else None))
    return [(op, labels.get(a, a) if op in ("jmp", "jz") else a) for op, a in code]


class VM:
    def __init__(self, code):
        self.code = code
        self.stack = []
        self.vars = {}
        self.pc = 0
        self.out = []
        self.steps = 0
        self.ops = {
            "push": lambda a: self.stack.append(int(a)),
            "load": lambda a: self.stack.append(self.vars[a]),
            "store": self.store,
            "add": lambda a: self.binop(lambda x, y: x + y),
            "sub": lambda a: self.binop(lambda x, y: x - y),
            "mul": lambda a: self.binop(lambda x, y: x * y),
            "mod": lambda a: self.binop(lambda x, y: x % y),
            "print": lambda a: self.out.append(self.stack.pop()),
            "dup": lambda a: self.stack.append(self.stack[-1]),
        }

    def store(self, name):
        self.vars[name] = self.stack.pop()

    def binop(self, f):
        y = self.stack.pop()
        x = self.stack.pop()
        self.stack.append(f(x, y))

    def run(self, limit=10000):
        while self.pc < len(self.code):
            self.steps += 1
            if self.steps > limit:
                raise VMError(f"step limit {limit} reached at pc={self.pc}")
            op, arg = self.code[self.pc]
            self.pc += 1
            if op == "jmp":
                self.pc = arg
            elif op == "jz":
                if self.stack.pop() == 0:
                    self.pc = arg
            elif op == "halt":
                break
            elif op in self.ops:
                self.ops[op](arg)
            else:
                raise VMError(f"unknown op {op!r} at pc={self.pc - 1}")
        return self.out


FACT = """
    push 1
    store acc
    push 20
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
"""
GCD = """
    push 1071
    store a
    push 462
    store b
top:
    load b
    jz end
    load a
    load b
    mod
    load b
    store a
    store b
    jmp top
end:
    load a
    print
"""
for name, src in (("fact", FACT), ("gcd", GCD), ("forever", "top:\n push 1\n jmp top"), ("bad", "push 1\nfrob")):
    vm = VM(assemble(src))
    try:
        print(f"{name}: {vm.run(500)} in {vm.steps} steps")
    except VMError as e:
        print(f"{name}: error: {e}")
print(assemble(GCD)[:6])
