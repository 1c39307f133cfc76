# Caret lines under an attribute read and a call of a built-in that raises.
class Point:
    def __init__(self, x):
        self.x = x


def norm(p):
    return abs(p.x) + int("7" + p.label)


print(norm.__name__)
result = [1, 2, norm(Point(3))]
