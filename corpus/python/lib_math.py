import math
from math import sqrt, pi

print(math.pi, math.e, math.tau, math.inf, -math.inf)
print(sqrt(2), math.sqrt(16), math.exp(1), math.exp(-2.5))
print(math.log(10), math.log(8, 2), math.log2(1024), math.log10(0.001), math.log1p(1e-10))
print(math.log(2**1000), math.log10(10**400))
print(math.sin(1), math.cos(pi / 3), math.tan(0.5), math.atan2(1, -1))
print(math.asin(0.5), math.acos(-0.25), math.atan(3))
print(math.sinh(1), math.cosh(1), math.tanh(0.3), math.asinh(2), math.acosh(2), math.atanh(0.5))
print(math.floor(-2.5), math.ceil(2.1), math.trunc(-7.9), math.floor(7), type(math.floor(2.5)))
print(math.fabs(-3), math.copysign(2, -0.0), math.fmod(7.5, 2), math.fmod(-7, 3), math.remainder(7, 4))
print(math.modf(3.75), math.modf(-2.5), math.frexp(12.0), math.ldexp(0.75, 4))
print(math.hypot(3, 4), math.hypot(1, 2, 2), math.dist((0, 0), (3, 4)))
print(math.degrees(pi), math.radians(180))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6, 10), math.lcm(4, 6), math.lcm(3, 5, 7))
print(math.factorial(10), math.factorial(30))
print(math.comb(10, 3), math.comb(52, 5), math.perm(5, 2), math.perm(4), math.isqrt(99), math.isqrt(10**30))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1.0, 1.1), math.isfinite(1e308), math.isinf(-math.inf), math.isnan(math.nan))
print(math.prod([1, 2, 3, 4]), math.prod([0.5, 4]), math.prod([]), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.pow(2, 10), math.pow(2, -1), math.pow(1.5, 2.5))
for bad in [lambda: math.sqrt(-1), lambda: math.log(0), lambda: math.exp(1000), lambda: math.factorial(-1), lambda: math.acos(2)]:
    try:
        bad()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(math.__name__, math.sqrt.__name__)
