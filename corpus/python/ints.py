# Ints: small and big, Python's floor division and modulo signs, powers, bit operations.
a, b = 17, 5
for x, y in [(17, 5), (-17, 5), (17, -5), (-17, -5), (0, 3)]:
    print(x, y, x // y, x % y, divmod(x, y))
print(2 ** 10, 2 ** 100, (-3) ** 5, 10 ** 20 // 3, -(10 ** 20) % 7)
print(1 << 60, (1 << 70) >> 3, 0xff & 0x0f, 0xf0 | 0x0f, 6 ^ 3, ~5, -(-5))
big = 1
for i in range(1, 31):
    big *= i
print("30! =", big)
print(big // (2 ** 40), big % 1000007, big > 10 ** 30, big == big + 0)
print(abs(-12345678901234567890), -2 ** 63, 2 ** 63 - 1, 2 ** 48, -2 ** 48 - 1)
print(int("-123") * 2, int("  77 "), int(3.99), int(-3.99), int(True) + 1)
print(hex(255), bin(10), hex(-1), 7 // 2 * 2 + 7 % 2)
