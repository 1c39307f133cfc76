def f(x):
    return x
g = f
s = 0
for i in range(1000000):
    s += g(i)
print(s)
