import c
s = 0
for i in range(1000000):
    s += c.f(i)
print(s)
