#!/usr/bin/env bash
# Compiles the Python prelude (frontends/python/src/prelude/*.py, the built-ins written in
# Python) into frontends/python/src/prelude/prelude.rira, which the frontend embeds and links
# with every Python program. The archive is committed: a run compiles no prelude. The test
# `prelude_archive` fails while the archive is stale (the prelude's source or the frontend
# changed); run this script then and commit the archive with the change.
#
# Usage: scripts/build_py_prelude.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOTVM_BLESS=1 cargo test -q -p frontend-python --test prelude_archive >/dev/null
cargo test -q -p frontend-python --test prelude_archive >/dev/null
echo "frontends/python/src/prelude/prelude.rira: $(wc -c <frontends/python/src/prelude/prelude.rira) bytes"
