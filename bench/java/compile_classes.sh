#!/usr/bin/env bash
# Compiles bench/java/NAME.java with javac --release 17 into bench/java/classes/NAME/, the class
# files `bench/run.sh` runs on rootvm's Java frontend (engine `rootvm-java`). The class files are
# committed so the bench runs them without a JDK; re-run this after editing a program.
#
# Usage: bench/java/compile_classes.sh [NAME...]   (default: every program)
set -euo pipefail
cd "$(dirname "$0")"
command -v javac >/dev/null || { echo "javac not found (JDK 17 needed)" >&2; exit 1; }
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for src in *.java; do names+=("$(basename "$src" .java)"); done
fi
for name in "${names[@]}"; do
    rm -rf "classes/$name"
    mkdir -p "classes/$name"
    javac --release 17 -g:source,lines -d "classes/$name" "$name.java"
    echo "classes/$name"
done
