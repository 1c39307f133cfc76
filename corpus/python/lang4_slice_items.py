# A slice handed to an instance's __getitem__/__setitem__/__delitem__ (slice objects: start,
# stop, step, repr, isinstance, slice()), and built-in sequences indexed by a slice object.
class Seq:
    def __init__(self, items):
        self.items = list(items)
    def __getitem__(self, k):
        if isinstance(k, slice):
            print("get slice", k, k.start, k.stop, k.step)
            return Seq(self.items[k])
        return self.items[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.items[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.items[k]
    def __repr__(self):
        return "Seq(%r)" % (self.items,)

s = Seq(range(10))
print(s[2:5], s[::3], s[-1], s[:])
s[1:3] = [100, 200, 300]
s[0] = -1
print(s)
del s[::2]
print(s)
del s[0]
print(s, type(slice(1, 2)).__name__, slice(3), [0, 1, 2, 3, 4][slice(1, None, 2)], "abcdef"[slice(2, 4)])
