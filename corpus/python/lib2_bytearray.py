# bytearray and the methods of bytes.
ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" ok")
ba.extend([63, 64])
alias = ba
ba += b"!"
print(ba, len(ba), ba[1], ba[-1], ba[1:4], bytes(ba), alias is ba)
print(ba.pop(), ba.pop(0), ba)
ba[1:3] = b"XYZ"
print(ba, b"XY" in ba, 89 in ba, ba == bytearray(b"eXYZo! ok?"), ba.decode(), ba.hex())
del ba[0]
del ba[0:2]
print(ba, repr(ba), bytearray(3), bytearray([1, 2]), bytearray("hé", "utf-8"), bytearray())
ba.insert(0, 65)
ba.reverse()
print(ba, ba.upper(), ba.split(b" "), ba.copy() == ba, ba.copy() is ba)
ba.remove(65)
print(ba, ba.find(b"o"), ba.count(b"o"), ba.startswith(b"?"), list(ba)[:3])
ba.clear()
print(ba, len(ba), bool(ba), type(ba).__name__ if False else "bytearray")
for x in bytearray(b"ab"):
    print(x, end=" ")
print()
print(b"a,b,,c".split(b","), b"a b  c".split(), b"-".join([b"x", b"y", bytearray(b"z")]))
print(b"  hi \n".strip(), b"xxhixx".strip(b"x"), b"abcabc".replace(b"b", b"XX"), b"abcabc".replace(b"b", b"", 1))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".find(b"z"), b"hello".count(b"l"), b"hello".index(b"e"))
print(b"hello".startswith(b"he"), b"hello".endswith((b"lo", b"x")), b"a=b=c".partition(b"="), b"a=b=c".rpartition(b"="))
print(bytes.fromhex("de ad be ef"), bytes.fromhex(""), b"\x01\xff".hex(), bytearray.fromhex("0a0b"))
print(b"42".isdigit(), b"ab".isalpha(), b"  ".isspace(), b"Ab".lower(), b"ab".upper(), b"ab".zfill(4), b"ab".center(6, b"*"))
print(b"abc" < b"abd", bytearray(b"abc") == b"abc", b"abc" + bytearray(b"d"), bytearray(b"d") + b"abc")
try:
    bytes.fromhex("zz")
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray(b"x")[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    bytearray().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    b"x"[0] = 1
except TypeError as e:
    print("TypeError:", e)
