#!/usr/bin/env bash
# Records the Java corpus from the reference JVM: compiles corpus/java/src/NAME.java with
# javac --release 17 into corpus/java/classes/NAME/, runs it with `java` and records its standard
# output (expected/NAME.stdout), exit status (expected/NAME.exit) and standard error
# (expected/NAME.stderr, with HotSpot's `\tat ...` stack lines). A line `// args: A B C` in the source gives arguments;
# a line `// javac: FLAGS` gives javac's debug flags (default `-g:source,lines`; `-g` adds the
# LocalVariableTable, whose names HotSpot's NullPointerException messages use);
# src/NAME.stdin, if present, is the standard input (else it is empty). A line `// allow-write`
# runs the program in a scratch directory it may write files in.
# The compiled classes and the recordings are committed: the test (rootc/tests/java_corpus.rs)
# needs no JDK.
#
# Usage: scripts/record_java_corpus.sh [NAME...]   (default: every program)
set -euo pipefail
cd "$(dirname "$0")/../corpus/java"
command -v javac >/dev/null || { echo "javac not found (JDK 17 needed)" >&2; exit 1; }
mkdir -p classes expected
names=("$@")
if [ ${#names[@]} -eq 0 ]; then
    for src in src/*.java; do names+=("$(basename "$src" .java)"); done
fi
for name in "${names[@]}"; do
    src="src/$name.java"
    rm -rf "classes/$name"
    mkdir -p "classes/$name"
    read -r -a flags <<<"$(sed -n 's#^// javac: ##p' "$src" | head -1)"
    [ ${#flags[@]} -eq 0 ] && flags=(-g:source,lines)
    javac --release 17 "${flags[@]}" -d "classes/$name" "$src"
    read -r -a args <<<"$(sed -n 's#^// args: ##p' "$src" | head -1)"
    set +e
    stdin=/dev/null
    [ -f "src/$name.stdin" ] && stdin="$PWD/src/$name.stdin"
    if grep -q '^// allow-write' "$src"; then
        # The program writes files in its current directory: a scratch one (the test runs it
        # with `rootc run --allow-write .` in a scratch directory too).
        here=$PWD
        scratch=$(mktemp -d)
        (cd "$scratch" && java -cp "$here/classes/$name" "$name" "${args[@]}" <"$stdin" \
            >"$here/expected/$name.stdout" 2>"$here/expected/$name.stderr")
        echo $? >"expected/$name.exit"
        rm -rf "$scratch"
    else
        java -cp "classes/$name" "$name" "${args[@]}" <"$stdin" >"expected/$name.stdout" 2>"expected/$name.stderr"
        echo $? >"expected/$name.exit"
    fi
    set -e
    echo "$name: exit $(cat "expected/$name.exit")"
done
# A jar of one program (Main-Class in its manifest), for `rootc run app.jar` and `rootc from-jar`.
if [ $# -eq 0 ] && [ -d classes/Shapes ] && command -v jar >/dev/null; then
    mkdir -p jars
    printf 'Main-Class: Shapes\n' >jars/manifest.txt
    (cd classes/Shapes && jar cfm ../../jars/Shapes.jar ../../jars/manifest.txt ./*.class)
    rm jars/manifest.txt
    echo "jars/Shapes.jar"
fi
