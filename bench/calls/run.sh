#!/usr/bin/env bash
# Call-cost benchmark: prints a Markdown table of calls per second for host→guest, guest→host
# and guest→guest calls, then the same from C through librootvm.a (needs cc; skipped without).
# usage: bench/calls/run.sh [N]   (N guest calls per measurement, default 1e7)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cargo run -q -p rootvm-capi --release --manifest-path "$ROOT/Cargo.toml" --example call_cost -- "$@"
CC=${CC:-cc}
if command -v "$CC" >/dev/null; then
    cargo build -q -p rootvm-capi --release --lib --manifest-path "$ROOT/Cargo.toml"
    TARGET=$(cargo metadata --format-version 1 --no-deps --manifest-path "$ROOT/Cargo.toml" |
        sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
    OUT=$(mktemp -d)
    trap 'rm -rf "$OUT"' EXIT
    "$CC" -O2 -std=c11 -I "$ROOT/include" "$ROOT/bench/calls/c_call_cost.c" "$TARGET/release/librootvm.a" \
        -lpthread -ldl -lm -o "$OUT/c_call_cost"
    N=${1:-10000000}
    "$OUT/c_call_cost" "$ROOT/bench/calls/calls.rir" $((N / 10))
else
    echo "(no C compiler: C-side figures skipped)"
fi
