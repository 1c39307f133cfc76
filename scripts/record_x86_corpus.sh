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
python3 - "$tmp" <<'PY'
import re, subprocess, sys
tmp = sys.argv[1]
ctypes = {"int": "int", "i32": "int", "u32": "unsigned", "i64": "long", "u64": "unsigned long",
          "ptr": "const char *", "f64": "double", "f32": "float"}
fmt = {"int": "%d", "i32": "%d", "u32": "%u", "i64": "%ld", "u64": "%lu", "f64": "%.17g", "f32": "%.9g"}
lines = [l.strip() for l in open("calls.txt") if l.strip() and not l.startswith("#")]
decls, calls = {}, []
for l in lines:
    sig, args = [x.strip() for x in l.split("|", 1)]
    m = re.match(r"(\w+)\((.*)\)\s*->\s*(\w+)", sig)
    name, params, ret = m.group(1), [p.strip() for p in m.group(2).split(",") if p.strip()], m.group(3)
    decls[name] = f"{ctypes[ret]} {name}({', '.join(ctypes[p] for p in params)});"
    argv = re.findall(r'"[^"]*"|\S+', args)
    calls.append(f'printf("{fmt[ret]}\\n", {name}({", ".join(argv)}));')
src = "#include <stdio.h>\n" + "\n".join(decls.values()) + "\nint main(void) {\n" + "\n".join(calls) + "\nreturn 0; }\n"
open(f"{tmp}/driver.c", "w").write(src)
subprocess.check_call(["gcc", "-O2", "-w", "-o", f"{tmp}/driver", f"{tmp}/driver.c", "mathlib.c"])
out = subprocess.check_output([f"{tmp}/driver"]).decode().splitlines()
with open("expected_calls.txt", "w") as f:
    for l, r in zip(lines, out):
        f.write(f"{l} | {r}\n")
PY
echo "recorded $(wc -l < expected_calls.txt) library calls"
