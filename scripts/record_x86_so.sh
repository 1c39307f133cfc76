#!/bin/sh
# Builds corpus/x86/so/shlib.so (gcc -O2 -shared -fPIC) and a stripped copy, then records the
# native result of every call in corpus/x86/so/calls.txt (`sig | args`) into
# corpus/x86/so/expected_calls.txt by calling the .so from a C driver linked against it.
# Needs gcc; the tests need only the committed files.
set -eu
cd "$(dirname "$0")/../corpus/x86/so"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
gcc -O2 -shared -fPIC -fno-asynchronous-unwind-tables -o shlib.so shlib.c
strip --strip-all -o shlib.stripped.so shlib.so
# The driver finds shlib.so next to itself ($ORIGIN).
cp shlib.so "$tmp"
python3 ../../../scripts/record_calls.py "$tmp" ./shlib.so '-Wl,-rpath,$ORIGIN' -Wl,--allow-shlib-undefined
echo "recorded $(wc -l < expected_calls.txt) calls of shlib.so"
