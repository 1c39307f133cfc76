#!/bin/sh
# Compiles the x86 frontend's C runtime (frontends/x86/runtime/*.c) into the committed .o
# files that frontend-x86 embeds and lifts with every program. Needs gcc (x86-64).
set -eu
cd "$(dirname "$0")/../frontends/x86/runtime"
for src in rt_mem rt_math rt_start rt_stdio; do
    gcc -O2 -c -ffreestanding -fno-builtin -fno-stack-protector -fcf-protection=none \
        -fno-asynchronous-unwind-tables -fno-tree-vectorize -fno-tree-loop-distribute-patterns -fno-math-errno -o "$src.o" "$src.c"
done
echo "runtime objects built in $(pwd)"
