# sys.stdin: readline, iteration, read; input() at the end of input.
import sys
first = sys.stdin.readline()
print(repr(first))
count = 0
for line in sys.stdin:
    count += 1
    print(count, line.rstrip("\n").upper())
    if count == 2:
        break
rest = sys.stdin.read()
print(repr(rest))
print(repr(sys.stdin.readline()))
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
sys.exit(3)
