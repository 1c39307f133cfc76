# Control flow: if/elif/else, while with break/continue/else, for over lists and ranges.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n % 2 == 0:
        return "even"
    else:
        return "odd"

for n in [-3, 0, 4, 7]:
    print(n, classify(n))
i = 0
while i < 10:
    i += 1
    if i == 3:
        continue
    if i == 8:
        break
    print("i", i)
else:
    print("never")
for x in range(3):
    pass
else:
    print("for else runs", x)
for a in range(10, 0, -3):
    print(a, end=" ")
print()
total = 0
for row in [[1, 2], [3, 4], [5]]:
    for v in row:
        total += v
print("total", total)
x = 5
print("big" if x > 3 else "small", 1 < x < 10, 1 < x > 10, x == 5 == 5.0)
print(not x, not 0, None is None, x is not None, [] or "empty", "a" and "b")
