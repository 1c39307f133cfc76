#!/usr/bin/env bash
# Runs the C benchmarks natively (gcc -O2) and lifted (gcc -O2 -c, rootc from-x86, rootc run)
# side by side, checks both print the same, and writes median times and slowdowns to
# bench/x86/RESULTS.md. Translation is done once, before timing.
#
# usage: bench/x86/run.sh [PROGRAM...]   (default: all *.c here)
# environment: RUNS=N (default 3), ROOTC=PATH (default target/release/rootc, built if missing),
#   TRANSLATE_ROOTC=PATH: the rootc that runs from-x86 (default ROOTC; the lifted code does not
#   depend on how rootc was compiled, so a debug build of a branch can translate for a release
#   build's VM)
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
RUNS=${RUNS:-3}
ROOTC=${ROOTC:-$ROOT/target/release/rootc}
if [[ ! -x $ROOTC ]]; then (cd "$ROOT" && cargo build --release -p rootc); fi
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
if (($# == 0)); then set -- $(cd "$HERE" && ls *.c | sed 's/\.c$//'); fi
for p in "$@"; do
  gcc -O2 "$HERE/$p.c" -o "$TMP/$p" -lm
  gcc -O2 -c "$HERE/$p.c" -o "$TMP/$p.o"
  "${TRANSLATE_ROOTC:-$ROOTC}" from-x86 "$TMP/$p.o" -o "$TMP/$p.rira"
done
python3 - "$TMP" "$ROOTC" "$RUNS" "$HERE/RESULTS.md" "$@" <<'PY'
import math, statistics, subprocess, sys, time
tmp, rootc, runs, out, progs = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5:]
def timed(cmd):
    ts, text = [], None
    for _ in range(runs):
        t = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True)
        ts.append(time.perf_counter() - t)
        text = r.stdout
    return statistics.median(ts), text
rows, ratios = [], []
for p in progs:
    tn, on = timed([f"{tmp}/{p}"])
    tl, ol = timed([rootc, "run", f"{tmp}/{p}.rira"])
    same = "yes" if on == ol else "NO"
    ratios.append(tl / tn)
    rows.append(f"| {p} | {tn:.3f} | {tl:.3f} | {tl / tn:.1f}x | {same} |")
    print(rows[-1], flush=True)
geo = math.exp(sum(map(math.log, ratios)) / len(ratios))
with open(out, "w") as f:
    f.write("# x86 benchmarks: native gcc -O2 vs lifted (rootc run)\n\n")
    f.write(f"`bench/x86/run.sh` (RUNS={runs}, median wall-clock seconds; 2-core machine shared with other builds).\n\n")
    f.write("| program | native s | lifted s | slowdown | same output |\n|---|---|---|---|---|\n")
    f.write("\n".join(rows) + f"\n\nGeometric mean slowdown: {geo:.1f}x\n")
print(f"geometric mean slowdown {geo:.1f}x")
PY
