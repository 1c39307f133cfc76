# Python calling Java: `import MathLib` binds the Java class's static methods.
import MathLib
from MathLib import gcd, greet

print(gcd(1071, 462), MathLib.gcd(2**40, 6**10))
print(MathLib.hypot(3.0, 4.0), MathLib.hypot(1.5, 2.0))
print(greet("Python"))
print(MathLib.clampPercent(150), MathLib.clampPercent(-3), MathLib.clampPercent(42))
total = 0
for i in range(1, 50):
    total += gcd(i, 36)
print("sum of gcds", total)
print("java calls", MathLib.callCount())
