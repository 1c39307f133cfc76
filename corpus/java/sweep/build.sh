#!/bin/sh
# Builds lib.jar (no Main-Class: a library) from src/, for the `--keep-going` sweep test
# (rootc/tests/jvm_sweep.rs). The jar is committed; the test needs no JDK.
set -eu
cd "$(dirname "$0")"
rm -rf classes && mkdir classes
javac --release 17 -g:source,lines -d classes src/lib/*.java
(cd classes && jar --create --no-manifest --file ../lib.jar lib/*.class)
rm -rf classes
echo "corpus/java/sweep/lib.jar"
