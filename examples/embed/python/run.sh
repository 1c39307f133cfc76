#!/usr/bin/env bash
# Builds librootvm.so (release) and runs the ctypes host against it.
set -euo pipefail
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$HERE/../../.." && pwd)
TARGET=${CARGO_TARGET_DIR:-$ROOT/target}
cargo build -q -p rootvm-capi --release --manifest-path "$ROOT/Cargo.toml"
python3 "$HERE/host.py" "$TARGET/release/librootvm.so" "$HERE/../callback.rir"
