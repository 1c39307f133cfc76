# Lists: append, pop, insert, index, slicing, sorting, comprehensions, nesting.
xs = [5, 3, 8, 1]
xs.append(7)
xs.insert(0, 9)
print(xs, len(xs), xs[2], xs[-2], xs[1:4], xs[::-1])
print(xs.pop(), xs.pop(0), xs, xs.index(8), xs.count(3), 3 in xs)
xs.sort()
print(xs, sorted([3, 1, 2], reverse=True), max(xs), min(xs), sum(xs))
xs.reverse()
xs.extend([0, 0])
xs.remove(0)
print(xs)
xs[0] = 100
del xs[1]
print(xs, xs + [1, 2], [0] * 3, [[0] * 2] * 2)
grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid, grid[1][2], [row[0] for row in grid])
print([x * x for x in range(10) if x % 3 == 0], list(range(5)), list("abc"))
pairs = [(i, j) for i in range(3) for j in range(i)]
print(pairs, len(pairs))
a = [1, 2, 3]
b = a
b.append(4)
print(a, a == [1, 2, 3, 4], a is b, a[:] is a, [1, 2] < [1, 3], any([0, 0, 1]), all([1, 0]))
for i, v in enumerate(["x", "y", "z"]):
    print(i, v)
