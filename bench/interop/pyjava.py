import J
s = 0
for i in range(1000000):
    s += J.f(i)
print(s)
