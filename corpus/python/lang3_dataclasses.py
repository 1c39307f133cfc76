from dataclasses import dataclass, field, asdict, astuple, replace, fields


@dataclass
class Pt:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)


p = Pt(1)
print(p, Pt(1) == Pt(1, 0), Pt(1) == Pt(2), p != Pt(3))
p.tags.append("a")
print(p, Pt(2, y=5), Pt(x=3))
print(asdict(p), astuple(Pt(4, 5)), replace(p, y=9))
print([f.name for f in fields(Pt)])
try:
    Pt()
except TypeError as e:
    print("TypeError:", e)
try:
    Pt(1, 2, [], 4)
except TypeError as e:
    print("TypeError:", e)
try:
    {Pt(1)}
except TypeError as e:
    print("TypeError:", e)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0

    def bump(self):
        return Version(self.major, self.minor + 1)


vs = [Version(2, 1), Version(1, 9), Version(2, 0)]
print(sorted(vs), max(vs), Version(1) < Version(1, 1), Version(3) >= Version(2, 5))
print(vs[0].bump())


@dataclass(frozen=True)
class Key:
    name: str
    n: int = 1


k = Key("a")
d = {k: 1, Key("b", 2): 2}
print(d[Key("a")], Key("b", 2) in d, len({Key("a"), Key("a", 1)}))
try:
    k.n = 5
except AttributeError as e:
    print("AttributeError:", e)


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Child(Base):
    c: float = 1.5

    def __post_init__(self):
        self.total = self.a * 2


ch = Child(3)
print(ch, ch.total, isinstance(ch, Base))


@dataclass
class Inventory:
    items: dict = field(default_factory=dict)
    count: int = field(default=0, repr=False)


inv = Inventory()
inv.items["x"] = 1
print(inv, Inventory().items)
