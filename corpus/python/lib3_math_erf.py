# math.erf / erfc / cbrt (glibc's algorithms, bit for bit), nextafter, ulp.
import math

points = [0.0, -0.0, 1e-310, 2.0**-30, 0.1, 0.25, 0.3, 0.5, 0.84375, 0.9, 1.0, 1.25, 1.5,
          2.0, 2.5, 2.857142857142857, 3.0, 4.5, 5.9, 6.0, 10.0, 27.5, 28.0, 40.0]
for x in points:
    for v in (x, -x):
        print(repr(v), repr(math.erf(v)), repr(math.erfc(v)))
for x in [0.0, 1.0, 2.0, 3.0, 8.0, 27.0, 0.001, 1e-300, 5e-324, 1e300, -64.0, 10.5]:
    print("cbrt", x, math.cbrt(x), math.cbrt(-x))
print(math.erf(math.inf), math.erf(-math.inf), math.erfc(math.inf), math.erfc(-math.inf))
print(math.erf(math.nan), math.erfc(math.nan), math.cbrt(math.inf), math.cbrt(-math.inf))
total = 0.0
for i in range(-300, 301):
    x = i / 50
    total += math.erf(x) * 3 + math.erfc(x) + math.cbrt(x)
print("sum", total, total.hex())
print(math.nextafter(1.0, 2.0), math.nextafter(1.0, 0.0), math.nextafter(0.0, -1.0))
print(math.nextafter(-0.0, 1.0), math.nextafter(2.0, 2.0), math.nextafter(math.inf, 0.0))
print(math.ulp(1.0), math.ulp(-3.5), math.ulp(0.0), math.ulp(1e300), math.ulp(math.inf))
print(math.ulp(1.7976931348623157e308), math.ulp(5e-324))
print(math.erf(1), math.erfc(True), math.cbrt(8))
try:
    math.erf("x")
except TypeError as e:
    print("TypeError", e)
try:
    math.nextafter(1.0)
except TypeError as e:
    print("TypeError", e)
