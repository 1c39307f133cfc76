# Python calling C lifted from x86: a str of code points < 256 crosses as a byte buffer (ptr, len).
import zlibx
from zlibx import adler32

print(adler32("Wikipedia"))
print(adler32(""), adler32("a"))
data = "".join([chr(i % 256) for i in range(1000)])
print(adler32(data), zlibx.count_byte(data, 255), zlibx.count_byte(data, 7))
print(zlibx.fnv1a("hello"), zlibx.fnv1a("\xff\x00\x80"))
words = ["alpha", "beta", "gamma"]
print([adler32(w) % 1000 for w in words])
# A bytes object crosses as the same byte buffer.
blob = bytes([0, 1, 2, 254, 255]) + b"rootvm"
print(adler32(blob), zlibx.count_byte(blob, 255), zlibx.fnv1a(b"hello") == zlibx.fnv1a("hello"))
print(adler32("x".encode()), adler32(b""))
