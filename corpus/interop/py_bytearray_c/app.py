# Python handing a bytearray to C lifted from x86 as a writable buffer (ptr, len): the bytes
# the C function writes are in the bytearray after the call.
import bufs
from bufs import upcase

buf = bytearray(10)
print(bufs.fill_squares(buf, 3), buf)
print(list(buf))
text = bytearray(b"hello, rootvm world")
print(upcase(text), text, len(text))
print(bufs.reverse(text), text.decode())
alias = text
bufs.reverse(text)
print(alias, alias is text)
# bytes are immutable: they are copied in, never back.
frozen = b"abc"
print(upcase(frozen), frozen)
empty = bytearray()
print(upcase(empty), empty)
big = bytearray(range(256)) * 4
bufs.fill_squares(big, 1)
print(len(big), sum(big), big[:8], big[-4:])
parts = [bytearray(b"ab"), bytearray(b"cd")]
for p in parts:
    upcase(p)
print(parts, b"".join(parts))
