from sys import maxsize, platform, stderr, exit
import math

print(maxsize, platform, maxsize + 1, math.sqrt(maxsize) > 3e9)
print("to stderr", file=stderr)
exit(3)
