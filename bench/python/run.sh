#!/bin/sh
# Runs each bench/python/*.py with `rootc run` (release build) and with python3, N times each
# (default 5), and prints the median wall time of each and their ratio. Checks both print the
# same output first.
#
# Usage: [ROOTC=path] bench/python/run.sh [N]   (build first: cargo build --release -p rootc)
set -eu
cd "$(dirname "$0")/../.."
n=${1:-5}
rootc=${ROOTC:-target/release/rootc}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_of() { s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
printf '%-10s %12s %12s %8s\n' program rootvm_ms python3_ms ratio
for f in bench/python/*.py; do
    a=$($rootc run "$f"); b=$(python3 "$f")
    if [ "$a" != "$b" ]; then echo "error: $f: rootvm printed $a, python3 $b" >&2; exit 1; fi
    r=$(for _ in $(seq "$n"); do time_of $rootc run "$f"; done | median)
    p=$(for _ in $(seq "$n"); do time_of python3 "$f"; done | median)
    printf '%-10s %12s %12s %8s\n' "$(basename "$f" .py)" "$r" "$p" "$(awk -v r="$r" -v p="$p" 'BEGIN {printf "%.2f", r / p}')"
done
