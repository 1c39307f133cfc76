# __index__: instances as indices and slice bounds of lists, tuples and strs, in range(), bin,
# hex, oct, item assignment and deletion.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

xs = [10, 20, 30, 40, 50]
i, j = Idx(1), Idx(3)
print(xs[i], xs[Idx(-1)], "hello"[i], (1, 2, 3)[Idx(2)])
print(xs[i:j], xs[:j], xs[::Idx(2)], "abcdef"[Idx(1):Idx(4)])
print(list(range(j)), list(range(i, Idx(9), Idx(3))), bin(Idx(5)), hex(Idx(255)), oct(Idx(8)))
xs[i] = 99
print(xs)
xs[i:j] = [7]
print(xs)
del xs[Idx(0)]
print(xs)
for k in range(Idx(2)):
    print("k", k)
try:
    xs[Idx(10)]
except IndexError as e:
    print("IndexError", e)
