# sys.argv and sys.exit.
# args: alpha 42
import sys

print(len(sys.argv) - 1, sys.argv[1:])
total = 0
for a in sys.argv[1:]:
    if a.isdigit():
        total += int(a)
print("total", total)
sys.exit(3)
