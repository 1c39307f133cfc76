# sys.stdin: readline, iteration, read; input() at the end of input; sys.stdout/stderr.write.
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
n = sys.stdout.write("written directly\n")
sys.stderr.write("an error line\n")
sys.stdout.writelines(["x\n", "y\n"])
sys.stdout.flush()
print(n, file=sys.stdout)
print("to stderr", file=sys.stderr, end="!\n")
sys.exit(3)
