# Method calls, attribute reads and writes, list appends and dict updates.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)


def run(n):
    p = Point(0, 0)
    seen = {}
    path = []
    for i in range(n):
        p = p.moved(1, i % 3)
        path.append(p.x)
        seen[i % 50] = p.y
    return p.x + p.y + len(path) + len(seen)


print(run(100000))
