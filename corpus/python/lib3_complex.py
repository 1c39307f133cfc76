# complex: literals, complex(), arithmetic with ints and floats, abs, parts, ==, repr/str,
# format specs, cmath basics, and CPython's errors.
import cmath

z = 1 + 2j
w = complex(3, -4)
print(z, w, repr(z), str(w), 1j, -1j, 0j, -0j, 2.5j, type(z).__name__)
print(z + w, z - w, z * w, z / w, z ** 2, w ** -1, z ** 0.5, 2 ** z)
print(z + 1, 1 + z, z * 2.5, 3 - z, 1 / z, z / 2, -z, +z)
print(abs(w), abs(3j), abs(complex(-1.5, 0)), z.real, z.imag, w.conjugate())
print(z == 1 + 2j, z != w, complex(2, 0) == 2, complex(2, 0) == 2.0, 2 == complex(2, 0), z == 1)
print(complex(), complex(5), complex(2.5), complex("1+2j"), complex(" (3-4.5j) "), complex("-j"))
print(complex("1e3"), complex("2.5e-3j"), complex("inf"), complex("nanj"), complex("1_000+2j"))
print(complex(1, 2j), complex(1j, 1j), complex(True, False), complex(z))
print(complex(float("nan"), float("inf")), complex(1e16, -1e-5), complex(-0.0, 0.0), complex(0.0, -0.0))
print(1j * 1j, (1 + 1j) ** 8, (2 + 3j) ** 3, (0.5 + 0.5j) ** 100, (1 + 1j) ** -3)
print([z, w], (z,), {"k": z})
print(f"{z}", f"{w:.2f}", f"{z:10.3e}", f"{w:<20g}|", f"{z:>12}|", f"{z:^12}|", format(w, "+.1f"))
total = 0j
for k in range(1, 6):
    total += complex(k, -k) / k
print(total, sum([1j, 2, 3.5]), bool(0j), bool(1j))
print(cmath.sqrt(-1), cmath.sqrt(3 + 4j), cmath.sqrt(2), cmath.sqrt(-4 - 0j), cmath.sqrt(1e-320 + 1e-320j))
print(cmath.exp(1j * cmath.pi), cmath.exp(1 + 1j), cmath.phase(-1), cmath.phase(1j), cmath.phase(-1 - 0j))
print(cmath.polar(1 + 1j), cmath.polar(-2), cmath.rect(2, cmath.pi / 2), cmath.rect(1, 0))
for bad in [lambda: z < w, lambda: z // 2, lambda: z % 2, lambda: 1 / 0j, lambda: 0j ** -1,
            lambda: complex("1+"), lambda: complex("j1"), lambda: complex("1", 2), lambda: int(z)]:
    try:
        print(bad())
    except (TypeError, ZeroDivisionError, ValueError) as e:
        print(type(e).__name__, e)
print(hash(1 + 2j), hash(3j), hash(complex(2, 0)) == hash(2), hash(-1 + 0j), hash(complex(1.5, -2.25)))
d = {1: "one", 2j: "two j", complex(3, 4): "3+4j"}
print(d[complex(1, 0)], d[1j * 2], d[3 + 4j], 1.0 + 0j in d, {1j, 2j, 1j})
