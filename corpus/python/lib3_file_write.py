# open() for writing, appending, exclusive creation and binary modes, in a scratch directory.
# cwd: scratch
# rootc: --allow-write .

with open("notes.txt", "w") as f:
    print(type(f).__name__, f.mode, f.name, f.writable(), f.readable())
    print(f.write("first line\n"), f.write("zweite Zeile: äöü\n"))
    f.writelines(["a\n", "b\n"])
    print("printed", 42, file=f)
print(f.closed)

with open("notes.txt", "a") as f:
    n = f.write("appended\n")
    print("append wrote", n, f.mode)

with open("notes.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open("notes.txt") as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())

with open("notes.txt", "rt") as f:
    print(repr(f.read(5)), f.mode)

try:
    open("notes.txt", "x")
except FileExistsError as e:
    print("FileExistsError", e)

with open("fresh.txt", "x") as f:
    f.write("made with x\n")
print(open("fresh.txt").read(), end="")

with open("data.bin", "wb") as f:
    print(type(f).__name__, f.mode)
    print(f.write(b"\x00\x01\xffhello\n"), f.write(bytearray(b"world\r\n")))
    print(f.write(bytes(range(250, 256))))
with open("data.bin", "ab") as f:
    f.write(b"tail")
with open("data.bin", "rb") as f:
    print(type(f).__name__, f.mode)
    data = f.read()
    print(data, len(data), type(data).__name__)
with open("data.bin", "rb") as f:
    print(f.readline())
    print(f.read(3))
    print(f.readlines())
with open("data.bin", "rb") as f:
    print([line for line in f])

with open("lines.txt", "w") as f:
    for i in range(5):
        f.write(f"{i} {i * i}\n")
total = 0
with open("lines.txt") as f:
    for line in f:
        a, b = line.split()
        total += int(b)
print("total", total)

f = open("notes.txt", "w")
f.write("short\n")
f.close()
print(open("notes.txt").read(), end="")
try:
    f.write("again")
except ValueError as e:
    print("ValueError", e)

try:
    with open("data.bin", "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError", e)
try:
    with open("notes.txt", "w") as f:
        f.write(b"bytes")
except TypeError as e:
    print("TypeError", e)
with open("notes.txt", "w") as f:
    try:
        f.read()
    except OSError as e:
        print(type(e).__name__, e)
with open("notes.txt") as f:
    try:
        f.write("x")
    except OSError as e:
        print(type(e).__name__, e)
for mode in ["rw", "z", "bt", "ww"]:
    try:
        open("notes.txt", mode)
    except ValueError as e:
        print("ValueError", e)
try:
    open("missing/dir.txt", "w")
except FileNotFoundError as e:
    print("FileNotFoundError", e)
