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
# own.jar: a program (Main-Class OwnThread) that brings its own java.lang.Thread.
rm -rf classes && mkdir classes
javac --release 17 -g:source,lines --patch-module java.base=own -d classes/patch own/java/lang/Thread.java
javac --release 17 -g:source,lines -d classes own/OwnThread.java
mv classes/patch/java.base/java classes/ 2>/dev/null || mv classes/patch/java classes/
(cd classes && jar --create --file ../own.jar --main-class OwnThread OwnThread.class java/lang/Thread.class)
rm -rf classes
echo "corpus/java/sweep/own.jar"
# ownclass.jar: a program (Main-Class OwnClass) that brings its own java.lang.Class.
rm -rf classes && mkdir classes
javac --release 17 -g:source,lines --patch-module java.base=ownclass -d classes/patch ownclass/java/lang/Class.java
javac --release 17 -g:source,lines -d classes ownclass/OwnClass.java
mv classes/patch/java.base/java classes/ 2>/dev/null || mv classes/patch/java classes/
(cd classes && jar --create --file ../ownclass.jar --main-class OwnClass OwnClass.class java/lang/Class.class)
rm -rf classes
echo "corpus/java/sweep/ownclass.jar"
