# __repr__ and __str__ of user objects inside containers, print and f-strings.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


class Name:
    def __init__(self, s):
        self.s = s

    def __str__(self):
        return "name " + self.s

    def __repr__(self):
        return "Name(" + repr(self.s) + ")"


pts = [Point(1, 2), Point(3, 4)]
print(pts)
print({"origin": Point(0, 0), "list": pts}, (Point(5, 6),))
print(Name("ann"), [Name("bob")], str(Name("cy")), repr(Name("dee")))
print(f"{Name('eve')} and {pts[0]} and {pts!r}")
nested = [[Point(i, i * i) for i in range(3)], {"k": (Name("x"), Point(9, 9))}]
print(nested)
print(str(pts), repr(pts) == str(pts))
