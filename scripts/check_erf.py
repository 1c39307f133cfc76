#!/usr/bin/env python3
"""Compares math.erf/erfc/cbrt/ulp under rootc with python3's, bit for bit, on many points.

Usage: scripts/check_erf.py [ROOTC] [COUNT]   (ROOTC defaults to target/debug/rootc)
Writes a program into a scratch directory (deleted afterwards) that prints float.hex of each
result, runs it with python3 and with `rootc run`, and reports the points that differ.
"""
import os
import random
import shutil
import subprocess
import sys
import tempfile

PROGRAM = """import math
import sys
xs = [float.fromhex(t) for t in sys.stdin.read().split()]
for x in xs:
    print(x.hex(), math.erf(x).hex(), math.erfc(x).hex(), math.cbrt(x).hex(), math.ulp(x).hex())
"""


def points(count):
    rng = random.Random(2026)
    out = [0.0, -0.0, 1e-310, -1e-310, 2.0**-28, 2.0**-56, 0.84375, 1.25, 1 / 0.35, 6.0, 28.0]
    edges = [0.0, 2.0**-28, 0.25, 0.84375, 1.25, 1 / 0.35, 6.0, 28.0, 30.0]
    while len(out) < count:
        k = rng.randrange(len(edges) - 1)
        x = rng.uniform(edges[k], edges[k + 1])
        out.append(-x if rng.random() < 0.5 else x)
    return out


def main():
    rootc = sys.argv[1] if len(sys.argv) > 1 else "target/debug/rootc"
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    arg = "\n".join(x.hex() for x in points(count))
    tmp = tempfile.mkdtemp(prefix="check-erf-")
    try:
        script = os.path.join(tmp, "erf_points.py")
        with open(script, "w") as f:
            f.write(PROGRAM)
        want = subprocess.run(
            ["python3", script], input=arg, capture_output=True, text=True, check=True
        )
        got = subprocess.run([rootc, "run", script], input=arg, capture_output=True, text=True)
    finally:
        shutil.rmtree(tmp)
    if got.returncode != 0:
        print(got.stderr, file=sys.stderr)
        sys.exit(1)
    want_lines, got_lines = want.stdout.splitlines(), got.stdout.splitlines()
    if len(want_lines) != len(got_lines):
        print(f"python3 printed {len(want_lines)} lines, rootc {len(got_lines)}")
        sys.exit(1)
    bad = 0
    for k, name in enumerate(["erf", "erfc", "cbrt", "ulp"], start=1):
        diff = [(w.split()[0], w.split()[k], g.split()[k])
                for w, g in zip(want_lines, got_lines) if w.split()[k] != g.split()[k]]
        for x, w, g in diff[:5]:
            print(f"{name}({x}): python3 {w}, rootc {g}")
        print(f"{name}: {len(want_lines)} points, {len(diff)} differ")
        bad += len(diff)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
