#!/usr/bin/env bash
# Cost of crossing between languages: 1e6 calls of an identity function `f(x) -> x` from a loop,
# within one language and across languages: each program is linked into one archive first
# (`rootc link`, so no translation is timed), then `rootc run APP.rira` (release build) is timed.
# Prints the median of 5 runs per program and the cost per call above the baseline loop.
# usage: bench/interop/run.sh   (needs javac and gcc to build the inputs into a temp directory)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cargo build -q --release -p rootc --manifest-path "$ROOT/Cargo.toml"
RC="$ROOT/target/release/rootc"
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cp "$ROOT"/bench/interop/* "$T"
cd "$T"
javac --release 17 ./*.java
gcc -O2 -fno-stack-protector -fno-asynchronous-unwind-tables -c c.c -o c.o
"$RC" from-x86 c.o --export 'f(i64) -> i64' -o c.rira
median() { sort -n | sed -n 3p; }
# time_ms MAIN [LIB...]: links MAIN with LIBs into one archive, then times `rootc run` of it.
time_ms() {
    "$RC" link "$@" -o app.rira
    for _ in 1 2 3 4 5; do
        local s e
        s=$(date +%s%N)
        "$RC" run app.rira >/dev/null
        e=$(date +%s%N)
        echo $(((e - s) / 1000000))
    done | median
}
base_py=$(time_ms base.py)
base_java=$(time_ms JBase.class)
echo "| calls (1e6, identity function) | ms | ns per call above the baseline |"
echo "|---|---:|---:|"
row() {
    local name=$1 base=$2
    shift 2
    local ms
    ms=$(time_ms "$@")
    # (ms - base) milliseconds over 1e6 calls is that many nanoseconds per call.
    echo "| $name | $ms | $((ms - base)) |"
}
echo "| Python loop alone (baseline) | $base_py | - |"
row "Python → Python, same module, by name" "$base_py" pyfn.py
row "Python → Python, same module, function value" "$base_py" pyval.py
row "Python → Python, another module (import lib)" "$base_py" pymod.py lib.py
row "Python → Java (import J, adapter any ⇄ i64)" "$base_py" pyjava.py J.class
row "Python → C lifted from x86 (adapter any ⇄ i64)" "$base_py" pyc.py c.rira
echo "| Java loop with a Java static call (baseline) | $base_java | - |"
row "Java → Python (native method, adapter i64 ⇄ any)" "$base_java" JMain.class pyl.py
