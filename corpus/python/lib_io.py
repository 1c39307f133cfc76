import io
from io import StringIO

buf = io.StringIO()
buf.write("hello ")
n = buf.write("world\n")
print("x", 42, sep=", ", file=buf)
print(n, repr(buf.getvalue()), buf.tell())
src = StringIO("line one\nline two\n\nlast")
print(repr(src.readline()), repr(src.read(4)), src.tell())
print(src.readlines())
src.seek(0)
for line in src:
    print(repr(line))
src.seek(0)
print(repr(src.read()))
out = StringIO()
for i in range(3):
    out.write(f"{i}:{i * i};")
print(out.getvalue(), type(out).__name__)
