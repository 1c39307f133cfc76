#!/bin/sh
# Records the x86 corpus: compiles every corpus/x86/*.c with gcc at -O0, -O1, -O2 and -O3 into
# committed objects (corpus/x86/build/NAME.O{0,1,2,3}.o), and records the native program's
# standard output (NAME.stdout) and exit status (NAME.exit: a number, or `signal N`) from a
# native build. A first line `// args: A B C` gives the program's arguments.
# Tests (frontends/x86/tests/corpus.rs) run the objects lifted and compare; they need no gcc.
set -eu
cd "$(dirname "$0")/../corpus/x86"
mkdir -p build expected
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
FLAGS="-fno-stack-protector -fno-asynchronous-unwind-tables"
for src in *.c; do
    name=${src%.c}
    for level in 0 1 2 3; do
        gcc -O$level $FLAGS -c "$src" -o "build/$name.O$level.o"
    done
    gcc -O2 $FLAGS "$src" -o "$tmp/$name" -lm
    args=$(sed -n '1s|^// args: ||p' "$src")
    set +e
    # shellcheck disable=SC2086
    "$tmp/$name" $args > "expected/$name.stdout" 2>/dev/null
    status=$?
    set -e
    if [ $status -gt 128 ]; then
        echo "signal $((status - 128))" > "expected/$name.exit"
    else
        echo "$status" > "expected/$name.exit"
    fi
done
echo "recorded $(ls build/*.o | wc -l) objects in $(pwd)/build"

# Libraries: corpus/x86/lib/NAME.c with NAME... calls in calls.txt (`sig | args`), compiled
# at every level; each call's native result is recorded in lib/expected_calls.txt.
cd lib
for src in *.c; do
    name=${src%.c}
    for level in 0 2 3; do
        gcc -O$level $FLAGS -c "$src" -o "$name.O$level.o"
    done
done
python3 ../../../scripts/record_calls.py "$tmp" mathlib.c
echo "recorded $(wc -l < expected_calls.txt) library calls"
