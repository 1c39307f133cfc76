#!/bin/sh
# Records what CPython 3.11 does with each corpus/python/*.py: standard output (NAME.stdout),
# exit status (NAME.status) and standard error (NAME.stderr, only when there is any), with the
# corpus directory's absolute path in traceback `File "..."` lines cut to the script's name.
# A line `# args: A B` in a script gives its arguments; NAME.stdin, when there is one, is its
# standard input (otherwise /dev/null); a line `# cwd: scratch` runs it in a fresh directory that
# is deleted afterwards (programs that write files). The test rootc/tests/python_corpus.rs
# runs every script through rootc (from the corpus directory) and compares; it needs no python3.
#
# Usage: scripts/record_python_corpus.sh [NAME.py ...]   (from anywhere; default: every script)
set -eu
cd "$(dirname "$0")/../corpus/python"
version=$(python3 -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$version" != "3.11" ]; then
    echo "error: python3 is $version; the corpus is recorded from CPython 3.11" >&2
    exit 1
fi
dir=$(pwd -P)
if [ $# -eq 0 ]; then set -- *.py; fi
for script in "$@"; do
    script=$(basename "$script")
    base="${script%.py}"
    args=$(sed -n 's/^# args: //p' "$script" | head -n 1)
    stdin=/dev/null
    if [ -f "$base.stdin" ]; then stdin="$base.stdin"; fi
    status=0
    run_in="$dir"
    # `# cwd: scratch`: the script runs in a fresh directory, deleted afterwards (file writing).
    if grep -q '^# cwd: scratch' "$script"; then run_in=$(mktemp -d); fi
    # shellcheck disable=SC2086 # the arguments are split on purpose
    (cd "$run_in" && python3 "$dir/$script" $args) >"$base.stdout" 2>"$base.err.tmp" <"$stdin" || status=$?
    if [ "$run_in" != "$dir" ]; then rm -rf "$run_in"; fi
    echo "$status" >"$base.status"
    if [ -s "$base.err.tmp" ]; then
        sed "s|^  File \"$dir/|  File \"|" "$base.err.tmp" >"$base.stderr"
    else
        rm -f "$base.stderr"
    fi
    rm -f "$base.err.tmp"
    echo "recorded corpus/python/$script (exit $status)"
done
