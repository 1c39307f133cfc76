# __str__ and __repr__ through print, str(), repr() and f-strings.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"

    def __repr__(self):
        return f"Money({self.cents})"


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "<" + self.name + ">"


class Plain:
    pass


m = Money(1234)
print(m, str(m), repr(m), f"{m} {m!r} {m!s}")
t = Tag("b")
print(t, str(t), f"[{t}]", "x" + str(t))
print("sum:", Money(5) if False else Money(99), 42, "end", sep=" | ")
p = Plain()
print(str(p) == str(p), repr(3), repr("s"), str(1.5))
