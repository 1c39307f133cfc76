b = b"hello\x00\xff'q"
print(b, len(b), b[0], b[-1], b[1:4], list(b[:3]), b"lo" in b, 104 in b)
print(b"abc" + b"def", b"abc" == b"abc", b"abc" < b"abd", bytes(3), bytes([65, 66, 67]), bytes("hé", "utf-8"))
data = "naïve café".encode()
print(data, data.decode(), data.hex(), data.decode("utf-8") == "naïve café")
print(b'say "hi"', b"it's", b"\t\n\r\\", bytes(range(250, 256)))
print([x for x in b"AZ"], sum(b"\x01\x02\x03"), b"Hello".upper(), b"Hello".lower(), b"a-b".find(b"-"))
print(b"spam".startswith(b"sp"), b"spam".count(b"a"), repr(b""), bool(b""), bool(b"x"))
print("%5.1f|%-6s|%06.2f|%x|%#o|%c" % (2.25, "ab", -1.5, 3054, 8, "z"))
print("{:#010x} {:_b} {:,.2f} {:>+10.3e} {:^9} {:<4}|".format(255, 1023, 1234567.891, -0.000123, "mid", True))
print(format(12345678, ","), format(0.5, "%"), format(-7, "=+6"), format(3, "*<4"), format(1e20, ",.0f"))
print(int("0o17", 0), int("0B11", 0), int("_1", 16) if False else int("1_f", 16), pow(7, -2, 11))
for bad in ["12a", "", "0x", "1__2"]:
    try:
        int(bad, 0)
    except ValueError as e:
        print("ValueError", e)
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError", e)
try:
    b"\xff".decode()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError")
