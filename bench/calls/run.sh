#!/usr/bin/env bash
# Call-cost benchmark: prints a Markdown table of calls per second for host→guest, guest→host
# and guest→guest calls. usage: bench/calls/run.sh [N]   (N guest calls per measurement, default 1e7)
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cargo run -q -p rootvm-capi --release --manifest-path "$ROOT/Cargo.toml" --example call_cost -- "$@"
