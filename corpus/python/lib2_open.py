# open() for reading text files (run with `--allow-read .`; see docs/python.md).
# rootc: --allow-read .
with open("lib2_open.txt") as f:
    print(f.name, f.closed)
    first = f.readline()
    print(repr(first))
    print(f.readlines())
print(f.closed)
f = open("lib2_open.txt", "r", encoding="utf-8")
text = f.read()
f.close()
print(len(text), text.count("\n"), repr(text[-12:]))
words = {}
for line in open("lib2_open.txt"):
    for w in line.split():
        words[w] = words.get(w, 0) + 1
print(sorted(words.items())[:5])
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("lib2_missing.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
with open("lib2_open.txt") as g:
    print(g.read(5), g.tell(), repr(g.read(3)))
open("no_such_file.txt")
