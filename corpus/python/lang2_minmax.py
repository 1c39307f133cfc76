# min/max: one implementation of key= and default= (the prelude's), built-in values natively.
words = ["pear", "fig", "banana", "kiwi"]
print(max(words, key=len), min(words, key=len), max(words, key=lambda w: w[-1]))
print(min([], default=7), max([3, 1], default=0), min(3, 1, 2), max("abc"))
print(max([(1, "a"), (1, "b")], key=lambda t: t[0]), min([2, 1, 1.0], key=abs))
try:
    min([1], foo=2)
except TypeError as e:
    print(e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print(e)
try:
    max([])
except ValueError as e:
    print(e)
