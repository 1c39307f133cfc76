#!/bin/sh
# Extracts the local JDK's java.base classes into one jar, for the JVM frontend's robustness
# sweep (docs/jvm.md):
#   scripts/extract_java_base.sh [OUT.jar]         (default: target/java-base.jar)
#   rootc from-jar --keep-going target/java-base.jar -o /dev/null
# Uses $JAVA_HOME/jmods/java.base.jmod (jmod extract), else $JAVA_HOME/lib/modules (jimage
# extract). Without a JDK it says so and exits 0, so callers can skip the sweep.
set -eu
out=${1:-target/java-base.jar}
if [ -z "${JAVA_HOME:-}" ] && command -v java >/dev/null 2>&1; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
if [ -z "${JAVA_HOME:-}" ] || ! [ -d "$JAVA_HOME" ]; then
    echo "extract_java_base: no JDK found (set JAVA_HOME); skipping" >&2
    exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
if [ -f "$JAVA_HOME/jmods/java.base.jmod" ] && [ -x "$JAVA_HOME/bin/jmod" ]; then
    "$JAVA_HOME/bin/jmod" extract --dir "$tmp/jmod" "$JAVA_HOME/jmods/java.base.jmod"
    classes="$tmp/jmod/classes"
elif [ -f "$JAVA_HOME/lib/modules" ] && [ -x "$JAVA_HOME/bin/jimage" ]; then
    "$JAVA_HOME/bin/jimage" extract --include 'regex:/java.base/.*' --dir "$tmp/image" "$JAVA_HOME/lib/modules"
    classes="$tmp/image/java.base"
else
    echo "extract_java_base: $JAVA_HOME has neither jmods/java.base.jmod nor lib/modules; skipping" >&2
    exit 0
fi
rm -f "$classes/module-info.class"
mkdir -p "$(dirname "$out")"
out_abs=$(cd "$(dirname "$out")" && pwd)/$(basename "$out")
rm -f "$out_abs"
(cd "$classes" && "$JAVA_HOME/bin/jar" --create --no-manifest --file "$out_abs" .)
count=$(cd "$classes" && find . -name '*.class' | wc -l)
echo "extract_java_base: $count classes in $out"
