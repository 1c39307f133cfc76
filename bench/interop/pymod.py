import lib
s = 0
for i in range(1000000):
    s += lib.f(i)
print(s)
