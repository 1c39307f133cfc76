#!/usr/bin/env bash
# Compiles the programs rootvm refuses at run time with a clear error (rootc/tests/java_corpus.rs
# checks the error): javac --release 17 into classes/NAME/. The classes are committed.
set -euo pipefail
cd "$(dirname "$0")"
for src in *.java; do
    name=$(basename "$src" .java)
    rm -rf "classes/$name"
    javac --release 17 -g:source,lines -d "classes/$name" "$src"
done
