#!/usr/bin/env python3
"""Records the native result of every call in ./calls.txt into ./expected_calls.txt.

Each line of calls.txt is `name(type, ...) -> type | arg arg ...` (types int i32 u32 i64 u64 ptr
f64 f32; `#` starts a comment line). A C driver calling each function and printing its result is
written to TMPDIR, compiled with gcc together with the remaining arguments (the library's source
or shared object and linker options), and run; each output line is appended to its call.
Used by scripts/record_x86_corpus.sh and scripts/record_x86_so.sh.

usage: record_calls.py TMPDIR GCC_INPUT_OR_OPTION...
"""
import re
import subprocess
import sys

CTYPES = {"int": "int", "i32": "int", "u32": "unsigned", "i64": "long", "u64": "unsigned long",
          "ptr": "const char *", "f64": "double", "f32": "float"}
FORMATS = {"int": "%d", "i32": "%d", "u32": "%u", "i64": "%ld", "u64": "%lu", "f64": "%.17g", "f32": "%.9g"}


def driver(lines):
    """The C source of a program printing the result of every call."""
    decls, calls = {}, []
    for line in lines:
        sig, args = [x.strip() for x in line.split("|", 1)]
        m = re.match(r"(\w+)\((.*)\)\s*->\s*(\w+)", sig)
        name, ret = m.group(1), m.group(3)
        params = [p.strip() for p in m.group(2).split(",") if p.strip()]
        decls[name] = f"{CTYPES[ret]} {name}({', '.join(CTYPES[p] for p in params)});"
        argv = re.findall(r'"[^"]*"|\S+', args)
        calls.append(f'printf("{FORMATS[ret]}\\n", {name}({", ".join(argv)}));')
    return "#include <stdio.h>\n" + "\n".join(decls.values()) + "\nint main(void) {\n" + "\n".join(calls) + "\nreturn 0; }\n"


def main():
    tmp, gcc_args = sys.argv[1], sys.argv[2:]
    lines = [l.strip() for l in open("calls.txt") if l.strip() and not l.startswith("#")]
    with open(f"{tmp}/driver.c", "w") as f:
        f.write(driver(lines))
    subprocess.check_call(["gcc", "-O2", "-w", "-o", f"{tmp}/driver", f"{tmp}/driver.c", *gcc_args])
    out = subprocess.check_output([f"{tmp}/driver"]).decode().splitlines()
    with open("expected_calls.txt", "w") as f:
        for line, result in zip(lines, out):
            f.write(f"{line} | {result}\n")


if __name__ == "__main__":
    main()
