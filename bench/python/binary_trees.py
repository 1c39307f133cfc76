# binary-trees (Computer Language Benchmarks Game), depth 12, trees as tuples.


def make(d):
    if d == 0:
        return (None, None)
    return (make(d - 1), make(d - 1))


def check(t):
    left, right = t
    if left is None:
        return 1
    return 1 + check(left) + check(right)


max_depth = 12
stretch = max_depth + 1
print("stretch tree of depth %d\t check: %d" % (stretch, check(make(stretch))))
long_lived = make(max_depth)
d = 4
while d <= max_depth:
    iterations = 2 ** (max_depth - d + 4)
    total = 0
    for _ in range(iterations):
        total += check(make(d))
    print("%d\t trees of depth %d\t check: %d" % (iterations, d, total))
    d += 2
print("long lived tree of depth %d\t check: %d" % (max_depth, check(long_lived)))
