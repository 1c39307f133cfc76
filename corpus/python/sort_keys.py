# sorted/min/max with key= (functions and lambdas), reverse=True stability.
words = ["banana", "Apple", "fig", "cherry", "date", "kiwi"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: w.lower()), min(words, key=len), max(words, key=len))
pairs = [(1, "b"), (3, "a"), (2, "c"), (3, "z")]
print(sorted(pairs, key=lambda p: p[0], reverse=True), max(pairs, key=lambda p: p[0]))
def last(s):
    return s[-1]
print(sorted(words, key=last), min([5, 3, 9], key=lambda v: -v))
