# sorted/min/max/list.sort with key= (functions and lambdas), reverse=True stability, enumerate(start=).
words = ["banana", "Apple", "fig", "cherry", "date", "kiwi"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()), min(words, key=len), max(words, key=len))
pairs = [(1, "b"), (3, "a"), (2, "c"), (3, "z")]
print(sorted(pairs, key=lambda p: p[0], reverse=True), max(pairs, key=lambda p: p[0]))
def last(s):
    return s[-1]
print(sorted(words, key=last), min([5, 3, 9], key=lambda v: -v))
xs = ["pear", "Fig", "apple", "kiwi"]
xs.sort(key=len)
print(xs)
xs.sort(reverse=True)
print(xs)
ys = [3, 1, 2]
ys.sort(key=lambda v: -v, reverse=True)
print(ys, list(enumerate("ab", start=1)))
