# Classes in class bodies: qualified names, reprs, the outer body reading the inner class, the
# inner body not seeing the outer class's names, super() in a nested class (at module level and
# inside a function), nested classes as namespaces.
x = "global x"


class Outer:
    x = "outer x"

    class Inner:
        y = x

        def who(self):
            return "inner"

    class Child(Inner):
        def who(self):
            return "child of " + super().who()

    made = Inner()
    kinds = [Inner.__name__, Child.__qualname__]

    class Config:
        class Deep:
            level = 3


print(Outer.Inner, Outer.Inner.__qualname__, Outer.Inner.y)
print(Outer.Child().who(), Outer.kinds, type(Outer.made).__qualname__)
print(Outer.Config.Deep.__qualname__, Outer.Config.Deep.level, Outer.Config.Deep)


def factory():
    class Shape:
        class Kind:
            def name(self):
                return "kind"

        class Square(Kind):
            def name(self):
                return "square/" + super().name()

    return Shape


S = factory()
print(S.Square().name(), S.Square, S.Kind.name.__qualname__)
