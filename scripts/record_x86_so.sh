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
python3 - "$tmp" <<'PY'
import re, subprocess, sys
tmp = sys.argv[1]
ctypes = {"int": "int", "i64": "long", "u64": "unsigned long", "ptr": "const char *"}
fmt = {"int": "%d", "i64": "%ld", "u64": "%lu"}
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
subprocess.check_call(["gcc", "-O2", "-w", "-o", f"{tmp}/driver", f"{tmp}/driver.c", "./shlib.so",
                       "-Wl,-rpath,$ORIGIN", "-Wl,--allow-shlib-undefined"])
subprocess.check_call(["cp", "shlib.so", tmp])
out = subprocess.check_output([f"{tmp}/driver"]).decode().splitlines()
with open("expected_calls.txt", "w") as f:
    for l, r in zip(lines, out):
        f.write(f"{l} | {r}\n")
PY
echo "recorded $(wc -l < expected_calls.txt) calls of shlib.so"
