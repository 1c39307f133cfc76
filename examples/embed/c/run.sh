#!/usr/bin/env bash
# Builds librootvm (release) and the C host, links it statically against librootvm.a, runs it.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
# ROOTVM_LIB_DIR: a directory that already holds librootvm.{a,so} (the tests use the one they built).
if [[ -z ${ROOTVM_LIB_DIR:-} ]]; then
  cargo build -q -p rootvm-capi --release --manifest-path "$ROOT/Cargo.toml"
fi
LIB=${ROOTVM_LIB_DIR:-$TARGET/release}
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT
${CC:-gcc} -std=c11 -Wall -Wextra -Werror -I "$ROOT/include" "$HERE/main.c" \
  "$LIB/librootvm.a" -lpthread -ldl -lm -o "$OUT/host"
"$OUT/host" "$HERE/../callback.rir"
