# Starred and nested unpacking targets, and assignment expressions.

first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, z = (10, 20)
print(a, mid, z)
(p, q), [r, *s] = (1, 2), range(3, 7)
print(p, q, r, s)
for i, (name, *scores) in enumerate([("ann", 3, 4), ("bob",)]):
    print(i, name, scores)


def head_tail(xs):
    h, *t = xs
    return h, t


print(head_tail([5]))

data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("long list", n)
total = 0
while (item := data.pop()) != 1:
    total += item
print(total, data)
squares = [y for x in range(6) if (y := x * x) % 2 == 0]
print(squares, y)


def count_words(lines):
    counts = []
    for line in lines:
        if (k := len(line.split())) > 1:
            counts.append(k)
    return counts, k


print(count_words(["a b", "c", "d e f"]))
try:
    one, two, *more = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    x1, x2 = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
