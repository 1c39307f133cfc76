# Slice assignment and deletion, chained comparisons.

xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[:0] = [-1]
print(xs)
xs[len(xs):] = (100, 101)
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
del xs[1:3]
print(xs)
del xs[::3]
print(xs)
ys = [1, 2, 3]
ys[1:1] = "xy"
print(ys)
ys[:] = []
print(ys)
zs = [5, 6, 7, 8]
del zs[-2:]
zs[-1:] = [9, 10]
print(zs)
zs[::-1] = [1, 2, 3]
print(zs)
try:
    zs[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    t = (1, 2)
    t[0:1] = [3]
except TypeError as e:
    print("TypeError:", e)
n = 5
print(1 < n < 10, 1 < n > 7, 0 <= n <= 5 < 6, n == 5 != 4)
