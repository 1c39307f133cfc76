def f(x):
    return x
s = 0
for i in range(1000000):
    s += f(i)
print(s)
