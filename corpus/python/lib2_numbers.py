# Methods of int and float, float formatting helpers, math.gamma/lgamma, round.
import math
for n in (0, 1, 255, 256, -1024, 2**70, -(2**70) + 1):
    print(n, n.bit_length(), n.bit_count())
print((1024).to_bytes(4, "big"), (1024).to_bytes(4, "little"), (255).to_bytes(2, byteorder="little"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, "big", signed=True), (0).to_bytes(0, "big"))
print((2**64).to_bytes(9, "big"), (5).to_bytes())
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff\xfe", byteorder="big", signed=True))
print(int.from_bytes(b"\xff" * 10, "big"), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
for bad in ((256, 1, False), (-1, 1, False), (128, 1, True)):
    try:
        bad[0].to_bytes(bad[1], "big", signed=bad[2])
    except OverflowError as e:
        print("OverflowError:", e)
for x in (1.5, -0.1, 0.0, -0.0, 1e300, 5e-324, 3.0e-310, 123.456, float("inf"), float("nan")):
    print(x.hex(), float.fromhex(x.hex()) == x or x != x, x.is_integer())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x.1"), float.fromhex("0x1p-1074"), float.fromhex("inf"), float.fromhex("  0x10  "))
for x in (0.75, -2.5, 0.1, 1e22, 3.0):
    print(x, x.as_integer_ratio())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError:", e)
try:
    float.fromhex("0x1p5000")
except OverflowError as e:
    print("OverflowError:", e)
for x in (0.5, 1.0, 2.5, 5.0, 10.5, -1.5, -2.5, 0.001, 30.3, 171.5, 1e-30):
    print(x, math.gamma(x), math.lgamma(x))
for x in (0.0, -1.0, 172.0):
    try:
        print(math.gamma(x))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(round(2.675, 2), round(1.005, 2), round(-0.5), round(12345.6789, -2), round(0.5, 0), round(2.5), round(3.14159, 3))
print((3).conjugate(), (2.5).conjugate(), True.bit_length())
