class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        return "$" + format(self.cents / 100, spec or ".2f")

    def __str__(self):
        return "Money"


m = Money(1234)
print(f"{m}", f"{m:.1f}", format(m, ".3f"), format(m), str(m), f"{m!s}", f"[{m:>4.0f}]")


class Lazy:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        if name.startswith("no_"):
            raise AttributeError(name)
        return "computed:" + name


lz = Lazy()
print(lz.real, lz.other, getattr(lz, "zzz"), getattr(lz, "no_x", "dflt"), hasattr(lz, "no_y"), hasattr(lz, "yes"))


class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


g = Logged()
g.a = 5
g.a += 1
print(g.a)
del g.a
print(hasattr(g, "a"))


class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


print(list(Seq()), [x for x in Seq()], sum(Seq()), sorted(Seq(), reverse=True))
for x in Seq():
    print(x)
a, b, c = Seq()
print(a, b, c)


class Record:
    def __init__(self, **fields):
        for k, v in fields.items():
            setattr(self, k, v)

    def __getattr__(self, name):
        raise AttributeError(f"'Record' object has no attribute '{name}'")


r = Record(x=1, y=2)
print(r.x, r.y)
try:
    r.z
except AttributeError as e:
    print("AttributeError:", e)
print(lz.missing_attr_used_last)
print(lz.no_such)
