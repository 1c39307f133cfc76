#!/usr/bin/env bash
# Builds librootvm.so (release) and runs the ctypes host against it.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
# ROOTVM_LIB_DIR: a directory that already holds librootvm.{a,so} (the tests use the one they built).
if [[ -z ${ROOTVM_LIB_DIR:-} ]]; then
  cargo build -q -p rootvm-capi --release --manifest-path "$ROOT/Cargo.toml"
fi
LIB=${ROOTVM_LIB_DIR:-$TARGET/release}
python3 "$HERE/host.py" "$LIB/librootvm.so" "$HERE/../callback.rir"
