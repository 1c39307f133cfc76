# memoryview over bytes and bytearray: indexing, slicing without a copy, writes through into a
# bytearray, tobytes, tolist, len, cast('B'), release and the context manager.
data = bytearray(b"hello world")
m = memoryview(data)
print(len(m), m[0], m[-1], m.readonly, m.format, m.itemsize, m.nbytes, m.shape, m.ndim)
print(m.tobytes(), m.tolist()[:3])

part = m[6:11]
print(len(part), part.tobytes(), part[0])
data[6] = ord("W")
print(part.tobytes(), "(the slice sees the change: no copy)")
part[0] = ord("w")
print(data)
m[0:5] = b"HELLO"
print(data, m[0:5].tobytes())
print(m[::2].tobytes(), m[::-1].tobytes(), m[1:8:3].tolist(), m[8:2:-2].tobytes())
print(m[2:9][1:4].tobytes(), m[2:9][::-1][1:3].tobytes())
print(m[20:].tobytes(), len(m[5:2]))
print(list(m[0:3]), [b for b in m[4:6]])
print(m == b"HELLO world", m[0:5] == bytearray(b"HELLO"), m[0:2] == m[0:2], m == "x")

ro = memoryview(b"abc")
print(ro.readonly, ro[1], ro.tobytes(), ro.hex(), ro.cast("B").tolist())
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    m[0] = 256
except ValueError as e:
    print("ValueError:", e)
try:
    m[100]
except IndexError as e:
    print("IndexError:", e)
try:
    m[0:2] = b"abc"
except ValueError as e:
    print("ValueError:", e)
try:
    memoryview("text")
except TypeError as e:
    print("TypeError:", e)

c = m.cast("B")
c[1] = ord("e")
print(data, len(c))

with memoryview(bytearray(b"xyz")) as v:
    print(v.tobytes(), v[2])
try:
    len(v)
except ValueError as e:
    print("ValueError:", e)

w = memoryview(data)
w.release()
try:
    w.tobytes()
except ValueError as e:
    print("ValueError:", e)
w.release()
print(memoryview(m).tobytes())
print(type(m).__name__, isinstance(m, memoryview), isinstance(data, memoryview))
print(bytes(m[0:5]), bytearray(m[6:]), bytes(memoryview(b"xy")))
