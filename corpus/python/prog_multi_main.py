# A two-file program: imports the sibling module prog_multi_stats (both names and the module).
import random

import prog_multi_stats
from prog_multi_stats import Summary, histogram

random.seed(2026)
temps = [round(random.uniform(-5, 30), 1) for _ in range(60)]
print(Summary(temps))
for line in histogram(temps, 6, 30):
    print(line)
smooth = prog_multi_stats.moving_average(temps, 7)
print(len(smooth), [round(x, 2) for x in smooth[:5]])
rolls = [random.randint(1, 6) + random.randint(1, 6) for _ in range(500)]
s = Summary(rolls)
print(s.n, s.min, s.max, s.median, f"{s.mean:.3f}")
for line in histogram(rolls, 11, 40):
    print(line)
print(type(s).__name__, len(rolls))
