#!/usr/bin/env bash
# Builds the JVM frontend's Java library: compiles frontends/jvm/lib/src (our own java.lang /
# java.util classes) with javac --release 17 as a patch of java.base, and packs the classes
# into frontends/jvm/lib/jdk.jar, which the frontend embeds (library.rs). `RootNative` and
# `RootIo` only declare the host functions the frontend substitutes: they are left out of the jar.
# The jar is committed: building the frontend needs no JDK.
#
# Usage: scripts/build_java_lib.sh
set -euo pipefail
cd "$(dirname "$0")/../frontends/jvm/lib"
command -v javac >/dev/null || { echo "javac not found (JDK 17 needed)" >&2; exit 1; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
find src -name '*.java' | sort >"$out/sources"
javac --release 17 -nowarn -g:none --patch-module java.base=src -d "$out/classes" @"$out/sources" 2>"$out/log" \
    || { cat "$out/log" >&2; exit 1; }
rm "$out/classes/java/lang/RootNative.class" "$out/classes/java/io/RootIo.class"
rm -f jdk.jar
# Fixed entry order and timestamps: the jar only changes when a class does.
(cd "$out/classes" && find . -name '*.class' | sort | sed 's#^\./##' >../list \
    && touch -d 2020-01-01 $(cat ../list) && zip -X -q -D ../jdk.jar -@ <../list)
mv "$out/jdk.jar" jdk.jar
echo "frontends/jvm/lib/jdk.jar: $(unzip -l jdk.jar | tail -1 | awk '{print $2}') classes"
