# Floats: CPython's repr (shortest round trip, 1e+16 style exponents), true division, rounding.
vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 1.5e-7, 123456789.125, 2.0 ** 60, 1 / 3, 2 / 3]
for v in vals:
    print(v, repr(v), str(v))
print(7 / 2, -7 / 2, 7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 2 ** 0.5, 2 ** -1)
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, 1))
print(float("1e300") * 10, -float("inf"), float("3.25"), int(2.0 ** 53) + 1)
print(1 == 1.0, 1 < 1.5, 2 ** 53 == 2.0 ** 53, 0.1 * 3 == 0.3)
print(f"{3.14159:.3f} {2.5:e} {1234567.891:,.2f} {0.25:%} {42:>8} {42:<6}| {7:05d} {-3.5:+.1f}")
print(abs(-2.5), max(1.5, 2, -3.0), min([3.25, 1, 2]), sum([0.5, 0.25, 1]))
