#!/usr/bin/env bash
# Builds librootvm (release) and the C host, links it statically against librootvm.a, runs it.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
cargo build -q -p rootvm-capi --release --manifest-path "$ROOT/Cargo.toml"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
${CC:-gcc} -std=c11 -Wall -Wextra -Werror -I "$ROOT/include" "$HERE/main.c" \
  "$TARGET/release/librootvm.a" -lpthread -ldl -lm -o "$OUT/host"
"$OUT/host" "$HERE/../callback.rir"
