#!/usr/bin/env bash
# Builds librootvm.a (release) and the cgo host linked statically against it, then runs it.
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
LIBDIR="$OUT/lib"
mkdir -p "$LIBDIR"
# Only the static library in the search path, so the host does not need LD_LIBRARY_PATH.
cp "$LIB/librootvm.a" "$LIBDIR/"
cd "$HERE"
CGO_ENABLED=1 CGO_CFLAGS="-I$ROOT/include" CGO_LDFLAGS="-L$LIBDIR" GOCACHE=${GOCACHE:-$OUT/gocache} \
  GOFLAGS=-mod=mod GO111MODULE=on go build -o "$OUT/host" .
"$OUT/host" "$HERE/../callback.rir"
