# Classes: __slots__, super() in special methods and properties, class-method factories in
# subclasses, callable objects as key functions, bound methods as values.


class Base:
    __slots__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.name) + ")"

    def __eq__(self, other):
        return type(self) is type(other) and self.name == other.name

    @classmethod
    def make(cls, *names):
        return [cls(n) for n in names]


class Tagged(Base):
    def __init__(self, name, tag="t"):
        super().__init__(name)
        self.tag = tag

    def __repr__(self):
        return super().__repr__() + "#" + self.tag

    def __add__(self, other):
        return Tagged(self.name + other.name, self.tag + other.tag)

    @property
    def label(self):
        return self.name.upper() + ":" + self.tag


class ByLength:
    def __init__(self, reverse=False):
        self.sign = -1 if reverse else 1

    def __call__(self, item):
        return self.sign * len(item.name)


items = Tagged.make("pear", "fig", "banana")
print(items, Base.make("x"))
print(sorted(items, key=ByLength()), sorted(items, key=ByLength(reverse=True)))
print(max(items, key=ByLength()).label, (items[0] + items[1]).label)
print(Base("a") == Base("a"), Base("a") == Tagged("a"), Tagged("a") != Tagged("b"))
labels = [t.label for t in items]
print(labels)
get = items[2].__repr__
print(get(), callable(get) if False else "bound")
counter = {"n": 0}


class Acc:
    def __init__(self):
        self.total = 0

    def __iadd__(self, v):
        self.total += v
        counter["n"] += 1
        return self

    def __len__(self):
        return self.total


acc = Acc()
for i in range(5):
    acc += i
print(len(acc), counter, bool(acc), "yes" if acc else "no")
