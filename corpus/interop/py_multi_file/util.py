print("util loading", __name__)
count = 0
def twice(x):
    global count
    count += 1
    return x * 2
def apply_all(xs):
    return [twice(x) for x in xs] + [count]
def make_scaler(k):
    return lambda v: v * k
def call_with(f, x):
    return f(x)
if __name__ == "__main__":
    print("util guard: not printed")
LIMIT = 3
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm1(self):
        return abs(self.x) + abs(self.y)
    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)
